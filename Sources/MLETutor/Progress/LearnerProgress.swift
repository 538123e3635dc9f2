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

    /// The scores kept for page `page` (0-based) of `lessonID`, if it keeps score and was visited.
    public func record(page: Int, in lessonID: String) -> PageRecord? {
        lessons[lessonID]?.records?[page]
    }

    /// Adds a result of page `page` (0-based) of `lessonID` to its record.
    public mutating func record(_ result: PageResult, page: Int, in lessonID: String) {
        var records = lessons[lessonID, default: LessonProgress()].records ?? [:]
        records[page] = PageRecord.adding(result, to: records[page])
        lessons[lessonID, default: LessonProgress()].records = records
    }

    /// The lesson's score: the best results of its scored pages added up, or nil before any.
    public func bestScore(in lessonID: String) -> (score: Int, total: Int)? {
        guard let records = lessons[lessonID]?.records, !records.isEmpty else { return nil }
        return records.values.reduce((score: 0, total: 0)) { ($0.score + $1.best.score, $0.total + $1.best.total) }
    }
}

/// The learner's state in one lesson.
public struct LessonProgress: Codable, Hashable, Sendable {
    public var page = 0
    public var completed = false
    /// Scores of the lesson's scored pages, by page index. Optional so that files written
    /// before scores were kept still decode.
    public var records: [Int: PageRecord]?

    public init(page: Int = 0, completed: Bool = false, records: [Int: PageRecord]? = nil) {
        self.page = page
        self.completed = completed
        self.records = records
    }
}
