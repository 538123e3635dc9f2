import Testing

@testable import MLETutor

/// The tutor's update function driven by key actions, as a learner would press them.
@Suite struct AppUpdateTests {
    private func mapState() throws -> AppState {
        .onMap(
            course: try FixtureCourse.course(), progress: LearnerProgress(), options: .standard, width: 80, height: 24)
    }

    private func send(_ keys: [Key], to state: inout AppState) -> [Effect] {
        keys.flatMap { AppUpdate.update(&state, .key($0)) }
    }

    private func position(_ state: AppState) -> (lesson: Int, page: Int)? {
        guard case .lesson(let session) = state.screen else { return nil }
        return (session.lessonIndex, session.pageIndex)
    }

    @Test func enterOpensTheSelectedLessonAndSaves() throws {
        var state = try mapState()
        let effects = send([.down, .enter], to: &state)
        #expect(position(state)?.lesson == 1)
        #expect(position(state)?.page == 0)
        #expect(state.progress.currentLessonID == "second")
        #expect(effects == [.saveProgress(state.progress)])
    }

    @Test func nextAndPreviousTurnPagesAndRecordThem() throws {
        var state = try mapState()
        _ = send([.enter, .character("n")], to: &state)
        #expect(position(state)?.page == 1)
        #expect(state.progress.page(in: state.course.lessons[0]) == 1)
        _ = send([.character("p")], to: &state)
        #expect(position(state)?.page == 0)
        _ = send([.character("p")], to: &state)
        #expect(position(state)?.page == 0)
    }

    @Test func spaceRevealsStepsBeforeItTurnsThePage() throws {
        var state = try mapState()
        _ = send([.enter, .right], to: &state)
        #expect(position(state)?.page == 1)
        _ = send([.space, .space], to: &state)
        guard case .lesson(let session) = state.screen, let page = session.page as? TextPage else {
            Issue.record("expected a text page")
            return
        }
        #expect(page.revealed == 2)
        #expect(position(state)?.page == 1)
        _ = send([.space], to: &state)
        #expect(position(state) == nil, "Space on the last page with nothing to reveal finishes the lesson")
    }

    @Test func finishingALessonMarksItDoneAndSelectsTheNext() throws {
        var state = try mapState()
        let effects = send([.enter, .character("n"), .space, .space, .character("n")], to: &state)
        guard case .map(let selected) = state.screen else {
            Issue.record("expected the lesson map")
            return
        }
        #expect(selected == 1)
        #expect(state.progress.isCompleted(state.course.lessons[0]), "a lesson without checkpoints is done when read")
        #expect(state.progress.currentLessonID == nil)
        #expect(effects.last == .saveProgress(state.progress))
    }

    @Test func mapKeyReturnsToTheMapWithTheLessonSelected() throws {
        var state = try mapState()
        _ = send([.down, .enter, .character("m")], to: &state)
        guard case .map(let selected) = state.screen else {
            Issue.record("expected the lesson map")
            return
        }
        #expect(selected == 1)
    }

    @Test func quitSavesTheCurrentPlaceThenQuits() throws {
        var state = try mapState()
        _ = send([.enter, .character("n")], to: &state)
        let effects = send([.character("q")], to: &state)
        var expected = LearnerProgress()
        expected.currentLessonID = "first"
        expected.recordPage(1, in: state.course.lessons[0])
        #expect(effects == [.saveProgress(expected), .quit])
    }

    @Test func ctrlCQuitsFromAnywhereEvenWhenTooSmallOrInHelp() throws {
        var state = try mapState()
        _ = send([.character("?")], to: &state)
        #expect(send([.interrupt], to: &state).last == .quit)
        state.showingHelp = false
        _ = AppUpdate.update(&state, .resized(width: 40, height: 10))
        #expect(send([.interrupt], to: &state).last == .quit)
    }

    @Test func helpOpensWithQuestionMarkAndAnyKeyClosesIt() throws {
        var state = try mapState()
        _ = send([.character("?")], to: &state)
        #expect(state.showingHelp)
        _ = send([.down], to: &state)
        #expect(!state.showingHelp)
        guard case .map(selected: 0) = state.screen else {
            Issue.record("the key that closes help does nothing else")
            return
        }
    }

    @Test func whenTooSmallOnlyQuitKeysWork() throws {
        var state = try mapState()
        _ = AppUpdate.update(&state, .resized(width: 79, height: 24))
        #expect(state.isTooSmall)
        #expect(send([.enter, .character("n")], to: &state) == [])
        #expect(position(state) == nil)
        _ = AppUpdate.update(&state, .resized(width: 80, height: 24))
        #expect(!state.isTooSmall)
        #expect(send([.character("q")], to: &state).last == .quit)
    }

    @Test func resumingOpensTheSavedPage() throws {
        var progress = LearnerProgress()
        progress.currentLessonID = "first"
        progress.recordPage(1, in: try FixtureCourse.course().lessons[0])
        let state = AppState.resuming(
            course: try FixtureCourse.course(), progress: progress,
            options: .standard, width: 80, height: 24)
        #expect(position(state)?.lesson == 0)
        #expect(position(state)?.page == 1)
    }

    @Test func resumingWithAnUnknownLessonFallsBackToTheMap() throws {
        var progress = LearnerProgress()
        progress.currentLessonID = "removed-lesson"
        let state = AppState.resuming(
            course: try FixtureCourse.course(), progress: progress,
            options: .standard, width: 80, height: 24)
        #expect(position(state) == nil)
    }

    @Test func savedPageTheLessonNoLongerHasOpensTheFirstPage() throws {
        var progress = LearnerProgress()
        progress.lessons["first"] = LessonProgress(page: "no-such-page")
        let state = AppState.inLesson(
            0, course: try FixtureCourse.course(), progress: progress,
            options: .standard, width: 80, height: 24)
        #expect(position(state)?.page == 0)
    }
}
