/// A lesson: a titled, ordered list of pages read from one YAML file.
public struct Lesson: Sendable {
    /// A short stable name used on the command line and in the progress file.
    public var id: String
    public var title: String
    /// One line saying what the lesson teaches, shown on the lesson map.
    public var summary: String
    public var pages: [LessonPage]
    /// The file the lesson was read from.
    public var file: String
    /// Where the lesson's `id` is written.
    public var idLocation: LessonLocation

    /// The number of quiz questions in the lesson.
    public var questionCount: Int {
        pages.reduce(0) { $0 + $1.model.questionCount }
    }
}
