/// How two tutors sharing a state folder combine their progress, so neither loses what the other
/// did: the store reads the file on disk, merges it into what it is saving, and writes the result.
///
/// The rule: finished lessons and met checkpoints are the union; for a page's score record, the better best result, the
/// saving tutor's latest result, and the larger attempt count; where the learner is (the current
/// lesson and the page in each lesson) is the saving tutor's, falling back to the file's for a
/// lesson the saving tutor never opened.
extension LearnerProgress {
    /// `self` (being saved now) combined with `other` (found on disk).
    func merged(with other: LearnerProgress) -> LearnerProgress {
        var result = self
        for (id, theirs) in other.lessons {
            guard let mine = lessons[id] else {
                result.lessons[id] = theirs
                continue
            }
            var combined = mine
            combined.finished = mine.finished || theirs.finished
            combined.checkpoints = mine.checkpoints.union(theirs.checkpoints)
            for (page, record) in theirs.records {
                combined.records[page] = mine.records[page].map { $0.merged(with: record) } ?? record
            }
            if combined.page == nil { combined.page = theirs.page }
            if combined.unfinished == nil { combined.unfinished = theirs.unfinished }
            result.lessons[id] = combined
        }
        return result
    }
}

extension PageRecord {
    /// The better best of the two, this record's latest, and the larger count of attempts.
    func merged(with other: PageRecord) -> PageRecord {
        var result = self
        if other.best.isBetter(than: best) { result.best = other.best }
        result.attempts = Swift.max(attempts, other.attempts)
        return result
    }
}
