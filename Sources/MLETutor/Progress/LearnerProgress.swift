/// What the learner has done: where they are, the page they reached in each lesson, which
/// checkpoints they met and their quiz scores. Saved as JSON between runs.
///
/// Everything is keyed by stable ids (lesson ids, page ids, question ids), never by position, so
/// moving, inserting or renumbering lessons and pages never misattributes progress. Files of an
/// older `version` are migrated as they are read (`LearnerProgress+Migration.swift`).
struct LearnerProgress: Codable, Hashable, Sendable {
    /// The format this code writes. 1: records by page index; 2: everything by id, checkpoints.
    static let currentVersion = 2

    /// The format of the file, raised when a change would misread older files.
    var version = Self.currentVersion
    /// The lesson the learner was in when they left, or nil when they were on the lesson map.
    var currentLessonID: String?
    var lessons: [String: LessonProgress] = [:]

    init() {}

    /// The index of the page the learner last saw in `lesson` (0 when unknown or gone).
    func page(in lesson: Lesson) -> Int {
        guard let id = lessons[lesson.id]?.page else { return 0 }
        return lesson.pageIndex(id: id) ?? 0
    }

    mutating func recordPage(_ index: Int, in lesson: Lesson) {
        guard lesson.pages.indices.contains(index) else { return }
        lessons[lesson.id, default: LessonProgress()].page = lesson.pages[index].id
    }

    /// Notes that the learner went past the lesson's last page.
    mutating func markFinished(_ lessonID: String) {
        lessons[lessonID, default: LessonProgress()].finished = true
    }

    /// Notes that the page `pageID` of `lessonID` had its checkpoint met; true when that is news.
    @discardableResult
    mutating func markCheckpointMet(_ pageID: String, in lessonID: String) -> Bool {
        lessons[lessonID, default: LessonProgress()].checkpoints.insert(pageID).inserted
    }

    /// "2 of 5 checkpoints", "0 of 1 checkpoint": a tally as the map and `mletutor list` show it.
    static func checkpointText(_ tally: (met: Int, total: Int)) -> String {
        "\(tally.met) of \(tally.total) checkpoint\(tally.total == 1 ? "" : "s")"
    }

    /// How many of the lesson's checkpoints the learner met, of how many it has.
    func checkpoints(in lesson: Lesson) -> (met: Int, total: Int) {
        let ids = lesson.checkpointPageIDs
        let met = lessons[lesson.id]?.checkpoints ?? []
        return (ids.filter(met.contains).count, ids.count)
    }

    /// A lesson is complete when every checkpoint in it is met; a lesson without any is complete
    /// once read to the end.
    func isCompleted(_ lesson: Lesson) -> Bool {
        let tally = checkpoints(in: lesson)
        if tally.total == 0 { return lessons[lesson.id]?.finished ?? false }
        return tally.met == tally.total
    }

    /// The scores kept for the page `pageID` of `lessonID`, if it keeps score and was visited.
    func record(page pageID: String, in lessonID: String) -> PageRecord? {
        lessons[lessonID]?.records[pageID]
    }

    /// Adds a result of the page `pageID` of `lessonID` to its record.
    mutating func record(_ result: PageResult, page pageID: String, in lessonID: String) {
        let records = lessons[lessonID, default: LessonProgress()].records
        lessons[lessonID, default: LessonProgress()].records[pageID] = PageRecord.adding(result, to: records[pageID])
    }

    /// The quiz the learner left part-way through on the page `pageID` of `lessonID`.
    func unfinishedQuiz(page pageID: String, in lessonID: String) -> UnfinishedQuiz? {
        lessons[lessonID]?.unfinished?[pageID]
    }

    /// Keeps (or, given nil, forgets) the unfinished quiz on the page `pageID` of `lessonID`.
    mutating func setUnfinishedQuiz(_ quiz: UnfinishedQuiz?, page pageID: String, in lessonID: String) {
        guard quiz != nil || lessons[lessonID]?.unfinished?[pageID] != nil else { return }
        var all = lessons[lessonID, default: LessonProgress()].unfinished ?? [:]
        all[pageID] = quiz
        lessons[lessonID, default: LessonProgress()].unfinished = all.isEmpty ? nil : all
    }

    /// The lesson's score: the best results of its scored pages added up, or nil before any.
    func bestScore(in lessonID: String) -> (score: Int, total: Int)? {
        guard let records = lessons[lessonID]?.records, !records.isEmpty else { return nil }
        return records.values.reduce((score: 0, total: 0)) { ($0.score + $1.best.score, $0.total + $1.best.total) }
    }
}

/// The learner's state in one lesson.
struct LessonProgress: Codable, Hashable, Sendable {
    /// The id of the page the learner last saw.
    var page: String?
    /// True once the learner went past the last page (which alone does not complete a lesson
    /// that has checkpoints).
    var finished = false
    /// The ids of the pages whose checkpoint the learner met.
    var checkpoints: Set<String> = []
    /// Scores of the lesson's scored pages, by page id.
    var records: [String: PageRecord] = [:]
    /// Quizzes left part-way through, by page id; nil when there are none.
    var unfinished: [String: UnfinishedQuiz]?

    init(
        page: String? = nil, finished: Bool = false, checkpoints: Set<String> = [], records: [String: PageRecord] = [:]
    ) {
        self.page = page
        self.finished = finished
        self.checkpoints = checkpoints
        self.records = records
    }

    enum CodingKeys: String, CodingKey {
        case page, finished, checkpoints, records, unfinished
    }

    /// Every field may be missing (a hand-edited file, a field added later): it then takes its
    /// empty value rather than making the whole file unreadable.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        page = try container.decodeIfPresent(String.self, forKey: .page)
        finished = try container.decodeIfPresent(Bool.self, forKey: .finished) ?? false
        checkpoints = try container.decodeIfPresent(Set<String>.self, forKey: .checkpoints) ?? []
        records = try container.decodeIfPresent([String: PageRecord].self, forKey: .records) ?? [:]
        unfinished = try container.decodeIfPresent([String: UnfinishedQuiz].self, forKey: .unfinished)
    }
}
