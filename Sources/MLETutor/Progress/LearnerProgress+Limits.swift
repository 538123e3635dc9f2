/// Bounds on what a progress file may hold, applied when it is loaded: a damaged or hand-edited
/// file (a score of 9e18, a quiz position of −4, a million missed items) can never make the tutor trap
/// on overflow or lock the learner out; out-of-range numbers are brought into range.
extension LearnerProgress {
    /// The largest page index, score, total or attempt count kept.
    static let countLimit = 100_000

    /// `self` with every number within `0...countLimit` and every score at most its total.
    func withinLimits() -> LearnerProgress {
        var result = self
        for (id, lesson) in lessons {
            var bounded = lesson
            var kept: [String: PageRecord] = [:]
            for (page, record) in lesson.records where kept.count < 1000 {
                var record = record
                record.best = record.best.withinLimits()
                record.latest = record.latest.withinLimits()
                record.attempts = Self.clamp(record.attempts)
                kept[page] = record
            }
            bounded.records = kept
            bounded.unfinished = lesson.unfinished?.mapValues { quiz in
                var quiz = quiz
                quiz.position = Swift.min(Swift.max(quiz.position, 0), Swift.max(quiz.order.count - 1, 0))
                return quiz
            }
            result.lessons[id] = bounded
        }
        return result
    }

    static func clamp(_ value: Int) -> Int { Swift.min(Swift.max(value, 0), countLimit) }
}

extension PageResult {
    /// The result with its total and score in range and only missed items that can exist.
    func withinLimits() -> PageResult {
        let total = LearnerProgress.clamp(total)
        let score = Swift.min(LearnerProgress.clamp(score), total)
        return PageResult(score: score, total: total, missed: Array(missed.prefix(total)))
    }
}
