import Foundation
import Testing

@testable import MLETutor

/// Feedback that does not mislead: no answer given away before the last try, every option
/// explained on request once settled, and a quiz left mid-way resumed where it was left.
@Suite struct QuizFeedbackTests {
    @Test func lesson2sFirstQuestionDoesNotGiveAwayTheAnswerOnAWrongFirstTry() throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let lesson = try #require(course.lessons.first { $0.id == "coin-tosses" })
        let quiz = try #require(lesson.pages.lazy.compactMap { $0.model as? QuizPage }.first)
        guard case .choice(let choice) = quiz.questions[0].format else {
            Issue.record("the first question is a choice")
            return
        }
        let right = try #require(choice.correctOptions.first)
        let rightText = choice.options[right].text
        let digits = try #require(rightText.firstMatch(of: /0\.\d+/)).0
        for index in choice.options.indices where index != right {
            var page = quiz
            let context = PageContext(width: 76, height: 18, options: .standard)
            _ = page.handle(.key(.character(Character(String(index + 1)))), context: context)
            _ = page.handle(.key(.enter), context: context)
            #expect(!page.currentAttempt.isSettled(allowing: page.currentQuestion.tries), "a try is left")
            let feedback = FeedbackView(
                question: page.currentQuestion, attempt: page.currentAttempt, options: .standard
            )
            .lines(width: 76).map { $0.runs.map(\.text).joined() }.joined(separator: "\n")
            #expect(feedback.contains("Try again"))
            // Neither the right option's value nor the likelihood under it (C(10,7)·0.7^7·0.3^3 ≈ 0.267).
            #expect(!feedback.contains(String(digits)), "option \(index + 1)'s feedback names the answer:\n\(feedback)")
            #expect(!feedback.contains("0.267"), "option \(index + 1)'s feedback quotes L(0.7):\n\(feedback)")
        }
    }

    @Test func onceSettledWShowsWhyEveryOptionIsRightOrWrong() throws {
        var state = try QuizFixture.state(height: 40)
        _ = state.press([.character("2"), .enter])
        #expect(!AppView.render(state).description.contains("That coin would usually give more than 7 heads."))
        _ = state.press([.character("w")])
        let frame = AppView.render(state).description
        #expect(frame.contains("✓ 2. The likelihood peaks at the share of heads seen."))
        #expect(frame.contains("✗ 1. A fair coin is a guess"))
        #expect(frame.contains("✗ 3. That coin would usually give more than 7 heads."))
    }

    @Test func aQuizLeftMidwayResumesWhereItWasLeft() throws {
        var state = try QuizFixture.state()
        _ = state.press([.character("2"), .enter, .enter])  // question 1 right, on to question 2
        #expect(state.quiz?.position == 1)
        _ = state.press([.character("m")])
        let saved = try JSONDecoder().decode(LearnerProgress.self, from: JSONEncoder().encode(state.progress))
        let back = try QuizFixture.state(progress: saved)
        #expect(back.quiz?.position == 1, "back on question 2")
        #expect(back.quiz?.attempts[0].wasRightFirstTime == true, "question 1 still counts as right first time")
        #expect(AppView.render(back).description.contains("Question 2 of 5"))
    }

    @Test func aFinishedQuizLeavesNothingUnfinished() throws {
        var state = try QuizFixture.state()
        var presses = 0
        while state.quiz?.isShowingSummary == false, presses < 60 {
            _ = state.press([.character("1"), .enter])
            presses += 1
        }
        #expect(state.progress.unfinishedQuiz(page: QuizFixture.quizPageID, in: QuizFixture.lessonID) == nil)
    }
}
