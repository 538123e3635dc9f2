import Testing

@testable import MLETutor

/// What shipped pages and questions say matches what the learner sees and does: a prompt's key
/// does what the prompt says, and feedback after a first wrong try leaves the answer to find.
@Suite struct ShippedWordingTests {
    private func shipped(_ lessonID: String, page: Int) throws -> AppState {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let index = try #require(course.lessonIndex(id: lessonID))
        return AppState.inLesson(
            index, page: page - 1, course: course, progress: LearnerProgress(), options: .standard, width: 80,
            height: 24)
    }

    /// Lesson 7 page 5 opens with both intervals drawn, and its prompt says so: b hides them
    /// (it once told the learner to press b to show them, which hid them).
    @Test func theIntervalsPageSaysThatBHidesTheIntervalsItOpensWith() throws {
        var state = try shipped("score-and-information", page: 5)
        let first = AppView.render(state).description
        #expect(first.contains("95% Wald") && first.contains("95% likelihood-ratio"))
        #expect(first.contains("b hides"))
        #expect(!first.contains("Press b for"))
        state.press(.character("b"))
        let hidden = AppView.render(state).description
        #expect(!hidden.contains("95% Wald") && !hidden.contains("95% likelihood-ratio"))
    }

    /// Lesson 3's first question: after a first wrong try the learner still has a try, so the
    /// wrong option's explanation guides without naming the answer (independence).
    @Test func aFirstWrongTryOnTheProductQuestionLeavesTheAnswerToFind() throws {
        var state = try shipped("likelihood-function", page: 6)
        let quiz = try #require(state.page(as: QuizPage.self))
        #expect(quiz.currentQuestion.tries > 1)
        state.press(.character("2"), .enter)
        let screen = AppView.render(state).description
        let verdict = try #require(screen.range(of: "Not right."), "\(screen)")
        let feedback = screen[verdict.lowerBound...]
        #expect(feedback.contains("Try again"))
        #expect(!feedback.localizedCaseInsensitiveContains("independen"), "\(feedback)")
    }
}
