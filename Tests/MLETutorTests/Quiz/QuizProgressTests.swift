import Foundation
import Testing

@testable import MLETutor

/// Quiz results in the learner's progress: kept best and latest, saved as JSON, read back from
/// files written before scores existed, and shown by `mletutor list`.
@Suite struct QuizProgressTests {
    @Test func aProgressFileWithoutScoresStillReads() throws {
        let old =
            #"{"version":1,"currentLessonID":"coin-tosses","lessons":{"coin-tosses":{"page":2,"completed":true}}}"#
        let progress = try JSONDecoder().decode(LearnerProgress.self, from: Data(old.utf8))
        #expect(progress.page(in: "coin-tosses") == 2)
        #expect(progress.record(page: 3, in: "coin-tosses") == nil)
        #expect(progress.bestScore(in: "coin-tosses") == nil)
    }

    @Test func scoresSurviveSavingAndLoading() throws {
        var progress = LearnerProgress()
        progress.record(PageResult(score: 2, total: 5, missed: [0, 1, 4]), page: 3, in: "coin-tosses")
        progress.record(PageResult(score: 4, total: 5, missed: [1]), page: 3, in: "coin-tosses")
        progress.record(PageResult(score: 3, total: 5, missed: [1, 2]), page: 3, in: "coin-tosses")
        let decoded = try JSONDecoder().decode(LearnerProgress.self, from: JSONEncoder().encode(progress))
        let record = try #require(decoded.record(page: 3, in: "coin-tosses"))
        #expect(record.best == PageResult(score: 4, total: 5, missed: [1]))
        #expect(record.latest == PageResult(score: 3, total: 5, missed: [1, 2]))
        #expect(record.attempts == 3)
    }

    @Test func aLessonScoreAddsTheBestOfEachQuiz() throws {
        var progress = LearnerProgress()
        progress.record(PageResult(score: 2, total: 3, missed: [0]), page: 1, in: "a")
        progress.record(PageResult(score: 4, total: 5, missed: [2]), page: 4, in: "a")
        let best = try #require(progress.bestScore(in: "a"))
        #expect(best.score == 6 && best.total == 8)
    }

    @Test func listShowsTheBestScore() throws {
        var progress = LearnerProgress()
        progress.record(PageResult(score: 1, total: 5, missed: [0, 1, 2, 3]), page: 1, in: QuizFixture.lessonID)
        progress.record(PageResult(score: 4, total: 5, missed: [3]), page: 1, in: QuizFixture.lessonID)
        progress.record(PageResult(score: 2, total: 5, missed: [0, 1, 3]), page: 1, in: QuizFixture.lessonID)
        #expect(
            ListCommand.table(course: try QuizFixture.course(), progress: progress)
                == "1  [ ] quiz-fixture  A quiz fixture  (best quiz score 4/5)")
    }
}
