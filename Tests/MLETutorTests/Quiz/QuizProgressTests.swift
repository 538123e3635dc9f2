import Foundation
import Testing

@testable import MLETutor

/// Quiz results in the learner's progress: kept best and latest by page and question id, saved
/// as JSON, and shown by `mletutor list`.
@Suite struct QuizProgressTests {
    @Test func scoresSurviveSavingAndLoading() throws {
        var progress = LearnerProgress()
        progress.record(PageResult(score: 2, total: 5, missed: ["a", "b", "e"]), page: "quiz", in: "coin-tosses")
        progress.record(PageResult(score: 4, total: 5, missed: ["b"]), page: "quiz", in: "coin-tosses")
        progress.record(PageResult(score: 3, total: 5, missed: ["b", "c"]), page: "quiz", in: "coin-tosses")
        let decoded = try JSONDecoder().decode(LearnerProgress.self, from: JSONEncoder().encode(progress))
        let record = try #require(decoded.record(page: "quiz", in: "coin-tosses"))
        #expect(record.best == PageResult(score: 4, total: 5, missed: ["b"]))
        #expect(record.latest == PageResult(score: 3, total: 5, missed: ["b", "c"]))
        #expect(record.attempts == 3)
    }

    @Test func aLessonScoreAddsTheBestOfEachQuiz() throws {
        var progress = LearnerProgress()
        progress.record(PageResult(score: 2, total: 3, missed: ["x"]), page: "first-quiz", in: "a")
        progress.record(PageResult(score: 4, total: 5, missed: ["y"]), page: "second-quiz", in: "a")
        let best = try #require(progress.bestScore(in: "a"))
        #expect(best.score == 6 && best.total == 8)
    }

    @Test func listShowsCheckpointsAndTheBestScore() throws {
        var progress = LearnerProgress()
        let page = QuizFixture.quizPageID
        progress.record(
            PageResult(score: 1, total: 5, missed: ["a", "b", "c", "d"]), page: page, in: QuizFixture.lessonID)
        progress.record(PageResult(score: 4, total: 5, missed: ["d"]), page: page, in: QuizFixture.lessonID)
        #expect(
            ListCommand.table(course: try QuizFixture.course(), progress: progress)
                == "1  [ ] quiz-fixture  A quiz fixture  0 of 1 checkpoint  (best quiz score 4/5)")
        progress.markCheckpointMet(page, in: QuizFixture.lessonID)
        #expect(
            ListCommand.table(course: try QuizFixture.course(), progress: progress)
                == "1  [x] quiz-fixture  A quiz fixture  1 of 1 checkpoint  (best quiz score 4/5)")
    }
}
