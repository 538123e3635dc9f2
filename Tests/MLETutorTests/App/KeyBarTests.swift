import Testing

@testable import MLETutor

/// The keys that turn pages are always on the bar at 80 columns, interactive pages included.
@Suite struct KeyBarTests {
    private func keyBar(_ state: AppState) -> String {
        String(AppView.render(state).description.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
    }

    @Test(arguments: [DisplayOptions.standard, .ascii])
    func everyShippedPageShowsThePageTurnKeysAt80Columns(options: DisplayOptions) throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        for (lessonIndex, lesson) in course.lessons.enumerated() {
            for page in lesson.pages.indices {
                let state = AppState.inLesson(
                    lessonIndex, page: page, course: course, progress: LearnerProgress(), options: options,
                    width: 80, height: 24)
                let bar = keyBar(state)
                let forward = bar.contains(" n ") || bar.contains("Space ")
                #expect(forward, "\(lesson.id) page \(page + 1): \(bar)")
                #expect(bar.contains(" m ") || bar.contains("p m "), "\(lesson.id) page \(page + 1): \(bar)")
                if page > 0 { #expect(bar.contains("p "), "\(lesson.id) page \(page + 1): \(bar)") }
                #expect(bar.contains("? help") && bar.contains("q quit"), "\(lesson.id) page \(page + 1)")
            }
        }
    }

    @Test func theNumericAnswerBarListsBackspaceAndMinus() throws {
        var state = try QuizFixture.state()
        for _ in 0..<3 {
            _ = AppUpdate.update(&state, .key(.character("1")))
            _ = AppUpdate.update(&state, .key(.enter))
            if state.quiz?.currentAttempt.isSettled(allowing: state.quiz?.currentQuestion.tries ?? 1) == true {
                _ = AppUpdate.update(&state, .key(.enter))
            }
        }
        while state.quiz?.capturesTyping == false, (state.quiz?.position ?? 9) < 4 {
            _ = AppUpdate.update(&state, .key(.enter))
        }
        #expect(state.quiz?.capturesTyping == true)
        let bar = keyBar(state)
        #expect(bar.contains("Backspace delete"), "\(bar)")
        #expect(bar.contains("0-9 . - / e type"), "\(bar)")
        #expect(bar.contains("Esc map") && bar.contains("Ctrl-C quit"), "\(bar)")
    }
}
