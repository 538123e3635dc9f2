import Testing

@testable import MLETutor

/// What a shipped page's prompt says about a key is what the key does on that page.
@Suite struct LessonPromptTests {
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
}
