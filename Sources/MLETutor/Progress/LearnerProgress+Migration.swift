/// Reading progress files of every version this tutor ever wrote.
///
/// Version 1 kept the page reached and the quiz records by page index, and missed questions by
/// their index in the quiz, all positions in the course as it was then. They are turned into
/// ids with `Version1Course`, a frozen copy of that course's page and question ids, so that a
/// course reshuffled since reads them right. Version 1's "completed" (went past the last page)
/// becomes `finished`; each quiz record it kept also meets that quiz's checkpoint.
extension LearnerProgress {
    private enum CodingKeys: String, CodingKey {
        case version, currentLessonID, lessons
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .version)
        currentLessonID = try container.decodeIfPresent(String.self, forKey: .currentLessonID)
        switch version {
        case 1:
            let old = try container.decode([String: Version1LessonProgress].self, forKey: .lessons)
            lessons = [:]
            for (id, lesson) in old { lessons[id] = lesson.migrated(in: Version1Course.lessons[id]) }
        case Self.currentVersion:
            lessons = try container.decode([String: LessonProgress].self, forKey: .lessons)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription: "progress version \(version) is newer than this tutor reads (\(Self.currentVersion))")
        }
        self.version = Self.currentVersion
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encodeIfPresent(currentLessonID, forKey: .currentLessonID)
        try container.encode(lessons, forKey: .lessons)
    }
}

/// One lesson's progress as version 1 wrote it.
struct Version1LessonProgress: Decodable {
    var page = 0
    var completed = false
    var records: [Int: Version1PageRecord]?

    /// The same progress by id; without the old course's ids only what needs no id survives.
    var migrated: LessonProgress { LessonProgress(finished: completed) }

    func migrated(in course: Version1Course.Lesson?) -> LessonProgress {
        guard let course else { return migrated }
        var lesson = LessonProgress(finished: completed)
        if course.pages.indices.contains(page) { lesson.page = course.pages[page].id }
        for (index, record) in records ?? [:] where course.pages.indices.contains(index) {
            let page = course.pages[index]
            lesson.records[page.id] = record.migrated(questionIDs: page.questions)
            // A record was written only when the quiz was finished: its checkpoint.
            lesson.checkpoints.insert(page.id)
        }
        return lesson
    }
}

struct Version1PageRecord: Decodable {
    var best: Version1PageResult
    var latest: Version1PageResult
    var attempts: Int

    func migrated(questionIDs: [String]) -> PageRecord {
        var record = PageRecord(first: best.migrated(questionIDs: questionIDs))
        record.latest = latest.migrated(questionIDs: questionIDs)
        record.attempts = attempts
        return record
    }
}

struct Version1PageResult: Decodable {
    var score: Int
    var total: Int
    var missed: [Int]

    func migrated(questionIDs: [String]) -> PageResult {
        PageResult(
            score: score, total: total,
            missed: missed.compactMap { questionIDs.indices.contains($0) ? questionIDs[$0] : nil })
    }
}
