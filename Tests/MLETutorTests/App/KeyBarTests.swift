import Testing

@testable import MLETutor

/// The keys that turn pages are always on the bar at 80 columns, interactive pages included.
@Suite struct KeyBarTests {
    private func keyBar(_ state: AppState) -> String {
        String(AppView.render(state).description.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
    }

    @Test(arguments: [DisplayOptions.standard, .ascii])
    func everyShippedPageShowsThePageTurnKeysAt80Columns(options: DisplayOptions) throws {
        for (label, page, state) in try ShippedPages.openedStates(options: options) {
            let bar = keyBar(state)
            let forward = bar.contains(" n ") || bar.contains("Space ")
            #expect(forward, "\(label): \(bar)")
            #expect(bar.contains(" m ") || bar.contains("p m "), "\(label): \(bar)")
            if page > 0 { #expect(bar.contains("p "), "\(label): \(bar)") }
            #expect(bar.contains("? help") && bar.contains("q quit"), "\(label)")
        }
    }

    /// On a lesson's last page, `n` finishes the lesson only when its work is done: before the
    /// quiz is answered the bar says it leaves the lesson (a reviewer read "n finish" on an
    /// unanswered quiz as finishing it); a last page with nothing to do says finish.
    @Test func theLastPageSaysLeaveUntilItsWorkIsDone() throws {
        #expect(keyBar(try QuizFixture.state()).contains("n leave"))
        let prose = LessonSource(
            path: "fixtures/prose.yaml",
            text: "id: prose\ntitle: P\nsummary: s\npages:\n  - kind: text\n    title: Only\n    body: One line.\n")
        let state = AppState.inLesson(
            0, page: 0, course: try FixtureCourse.load([prose]), progress: LearnerProgress(), options: .standard,
            width: 80, height: 24)
        #expect(keyBar(state).contains("n finish"))
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

    /// On a "select all" question the digits tick and untick, so the bar says "tick", and Enter
    /// is on it from the first frame, before anything is ticked, at 80 columns and in ASCII.
    @Test(arguments: [DisplayOptions.standard, .ascii])
    func aSelectAllQuestionsBarSaysTheDigitsTickAndEnterSubmits(options: DisplayOptions) throws {
        var state = try QuizFixture.state()
        state.options = options
        _ = state.press([.character("2"), .enter, .enter])
        guard case .choice(let choice) = state.quiz?.currentQuestion.format, choice.selectsMany else {
            Issue.record("the fixture's second question selects many")
            return
        }
        let first = keyBar(state)
        #expect(first.contains("1-3 tick") && first.contains("Enter submit"), "\(first)")
        #expect(!first.contains("choose"), "\(first)")
        _ = state.press([.enter])
        #expect(AppView.render(state).description.contains("tick one or more with 1-3"))
        _ = state.press([.character("1")])
        #expect(keyBar(state) == first, "ticking changes nothing on the bar")
    }
}
