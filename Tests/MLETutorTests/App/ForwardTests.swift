import Testing

@testable import MLETutor

/// `n`, `→` and Space all go forward the same way: the next hidden step (or text below the
/// screen) first, then the next page; the key bar says what the next press does.
@Suite struct ForwardTests {
    private func derivationPage(width: Int = 80, height: Int = 24) throws -> AppState {
        var state = AppState.inLesson(
            0, page: 1, course: try FixtureCourse.course(), progress: LearnerProgress(), options: .standard,
            width: width, height: height)
        state.showingHelp = false
        return state
    }

    private func revealed(_ state: AppState) -> Int? {
        guard case .lesson(let session) = state.screen, let page = session.page as? TextPage else { return nil }
        return page.revealed
    }

    private func pageIndex(_ state: AppState) -> Int? {
        guard case .lesson(let session) = state.screen else { return nil }
        return session.pageIndex
    }

    @Test(arguments: [Key.character("n"), .right, .space])
    func everyForwardKeyRevealsEachStepBeforeTurningThePage(_ key: Key) throws {
        var state = try derivationPage()
        _ = AppUpdate.update(&state, .key(key))
        #expect(revealed(state) == 1)
        _ = AppUpdate.update(&state, .key(key))
        #expect(revealed(state) == 2)
        #expect(pageIndex(state) == 1, "both steps revealed, still on the page")
        _ = AppUpdate.update(&state, .key(key))
        #expect(pageIndex(state) == nil, "the last page's forward finishes the lesson")
    }

    @Test func theKeyBarSaysWhatTheNextPressDoes() throws {
        var state = try derivationPage()
        #expect(AppView.render(state).description.contains("Space next step · 1 of 2"))
        _ = AppUpdate.update(&state, .key(.character("n")))
        #expect(AppView.render(state).description.contains("Space next step · 2 of 2"))
        _ = AppUpdate.update(&state, .key(.character("n")))
        let lastLine = AppView.render(state).description.split(separator: "\n").last ?? ""
        #expect(lastLine.contains("n finish lesson"))
        #expect(!lastLine.contains("next step"))
    }

    @Test func forwardScrollsToTextBelowTheScreenBeforeItTurnsThePage() throws {
        let long = (1...60).map { "Line \($0) of a long page." }.joined(separator: "\n\n")
        let course = try FixtureCourse.load([
            LessonSource(
                path: "long.yaml",
                text: """
                    id: long
                    title: Long
                    summary: One long page.
                    pages:
                      - kind: text
                        body: |
                    \(long.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n"))
                      - kind: text
                        body: The second page.
                    """)
        ])
        var state = AppState.inLesson(
            0, course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        var seen = Set<String>()
        var presses = 0
        while pageIndex(state) == 0 && presses < 100 {
            for line in AppView.render(state).description.split(separator: "\n") {
                if let match = line.firstMatch(of: /Line (\d+) of a long page\./) { seen.insert(String(match.1)) }
            }
            _ = AppUpdate.update(&state, .key(.character("n")))
            presses += 1
        }
        #expect(pageIndex(state) == 1)
        #expect(seen.count == 60, "every line was on screen before the page turned")
        #expect(presses > 1)
    }

    /// A page the learner comes back to in the same session shows the steps they had revealed:
    /// back with p, after finishing the lesson, and through the map.
    @Test func aPageComesBackWithTheStepsAlreadyRevealed() throws {
        var state = try derivationPage()
        state.press(.character("n"))
        #expect(revealed(state) == 1)
        state.press(.character("p"), .character("n"))
        #expect(pageIndex(state) == 1)
        #expect(revealed(state) == 1, "back and forward again: step 1 still shown")
        #expect(AppView.render(state).description.contains("Space next step · 2 of 2"))
        state.press(.character("n"), .character("m"), .enter)
        #expect(pageIndex(state) == 1)
        #expect(revealed(state) == 2, "through the map: both steps still shown")
        state.press(.character("n"))
        #expect(pageIndex(state) == nil, "the next forward turns the page; it reveals nothing again")
        state.press(.home, .enter, .character("n"))
        #expect(pageIndex(state) == 1)
        #expect(revealed(state) == 2, "the lesson finished and opened again in the same session")
    }

    /// The review's steps: lesson 6, all five steps of page 2, on to page 3 and back.
    @Test func theRecipeDerivationStaysRevealedAfterGoingBack() throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let index = try #require(course.lessonIndex(id: "mle-recipe"))
        var state = AppState.inLesson(
            index, page: 1, course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        var presses = 0
        while pageIndex(state) == 1 && presses < 50 {
            state.press(.character("n"))
            presses += 1
        }
        #expect(pageIndex(state) == 2)
        state.press(.character("p"))
        #expect(pageIndex(state) == 1)
        #expect(revealed(state) == 5)
        #expect(!AppView.render(state).description.contains("next step"))
    }
}
