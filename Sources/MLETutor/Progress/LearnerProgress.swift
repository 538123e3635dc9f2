/// What the learner has done: where they are, the page they reached in each lesson, and which
/// lessons they completed. Saved as JSON between runs.
public struct LearnerProgress: Codable, Hashable, Sendable {
    /// The format of the file, raised when a change would misread older files.
    public var version = 1
    /// The lesson the learner was in when they left, or nil when they were on the lesson map.
    public var currentLessonID: String?
    public var lessons: [String: LessonProgress] = [:]

    public init() {}

    /// The page index (0-based) the learner last saw in `lessonID`.
    public func page(in lessonID: String) -> Int {
        lessons[lessonID]?.page ?? 0
    }

    public func isCompleted(_ lessonID: String) -> Bool {
        lessons[lessonID]?.completed ?? false
    }

    public mutating func recordPage(_ page: Int, in lessonID: String) {
        lessons[lessonID, default: LessonProgress()].page = page
    }

    public mutating func markCompleted(_ lessonID: String) {
        lessons[lessonID, default: LessonProgress()].completed = true
    }
}

/// The learner's state in one lesson.
public struct LessonProgress: Codable, Hashable, Sendable {
    public var page = 0
    public var completed = false

    public init(page: Int = 0, completed: Bool = false) {
        self.page = page
        self.completed = completed
    }
}
