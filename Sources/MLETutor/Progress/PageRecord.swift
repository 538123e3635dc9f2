/// What a learner scored on one visit to a page that keeps score, such as a quiz.
struct PageResult: Codable, Hashable, Sendable {
    var score: Int
    var total: Int
    /// The items (quiz questions) not done right, by their stable id.
    var missed: [String]

    init(score: Int, total: Int, missed: [String]) {
        self.score = score
        self.total = total
        self.missed = missed
    }

    /// True when this result beats `other`: a larger share right, or the same share of more.
    func isBetter(than other: PageResult) -> Bool {
        let mine = score * max(1, other.total)
        let theirs = other.score * max(1, total)
        return mine != theirs ? mine > theirs : total > other.total
    }
}

/// The scores kept for one page across visits: the best, the latest and how many there were.
struct PageRecord: Codable, Hashable, Sendable {
    var best: PageResult
    var latest: PageResult
    var attempts: Int

    init(first result: PageResult) {
        best = result
        latest = result
        attempts = 1
    }

    mutating func add(_ result: PageResult) {
        if result.isBetter(than: best) { best = result }
        latest = result
        attempts += 1
    }

    /// `record` with `result` added, or a first record of it when there is none yet.
    static func adding(_ result: PageResult, to record: PageRecord?) -> PageRecord {
        guard var record else { return PageRecord(first: result) }
        record.add(result)
        return record
    }
}
