/// A lesson: a titled, ordered list of pages read from one YAML file.
struct Lesson: Sendable {
    /// A short stable name used on the command line and in the progress file.
    var id: String
    var title: String
    /// One line saying what the lesson teaches, shown on the lesson map.
    var summary: String
    var pages: [LessonPage]
    /// The file the lesson was read from.
    var file: String
    /// Where the lesson's `id` is written.
    var idLocation: LessonLocation

    /// The index of the page with id `id`.
    func pageIndex(id: String) -> Int? {
        pages.firstIndex { $0.id == id }
    }

    /// The ids of the pages that have a checkpoint, in page order.
    var checkpointPageIDs: [String] {
        pages.filter { $0.model.checkpointMet != nil }.map(\.id)
    }

    /// The number of quiz questions in the lesson.
    var questionCount: Int {
        pages.reduce(0) { $0 + $1.model.questionCount }
    }
}
