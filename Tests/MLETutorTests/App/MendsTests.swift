import Testing

@testable import MLETutor

/// The mismatches a learner hit, mended: a first-start welcome, the map's keys in its help, map
/// summaries not cut, one notation for the coin, and a classifier whose title follows its mode.
@Suite struct MendsTests {
    @Test func aFirstStartShowsTheWelcomeAndEnterStillOpensTheFirstLesson() throws {
        var state = AppState.resuming(
            course: try FixtureCourse.course(), progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        #expect(state.showingWelcome)
        let frame = AppView.render(state).description
        #expect(frame.contains("Welcome"))
        #expect(frame.contains("Your place and progress are saved as you go"))
        _ = AppUpdate.update(&state, .key(.enter))
        #expect(!state.showingWelcome)
        guard case .lesson = state.screen else {
            Issue.record("Enter opens the first lesson")
            return
        }
    }

    @Test func aReturningLearnerSeesNoWelcome() throws {
        var progress = LearnerProgress()
        progress.markFinished("first")
        let state = AppState.resuming(
            course: try FixtureCourse.course(), progress: progress, options: .standard, width: 80, height: 24)
        #expect(!state.showingWelcome)
    }

    @Test func theMapsHelpListsJKAndTheDigits() throws {
        var state = AppState.onMap(
            course: try FixtureCourse.course(), progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        _ = AppUpdate.update(&state, .key(.character("?")))
        let help = AppView.render(state).description
        #expect(help.contains("j k") && help.contains("1-9") && help.contains("jump to lesson"))
    }

    @Test func mapSummariesWrapToTwoLinesInsteadOfBeingCut() {
        let summary = "Move a slider along the parameter and watch the likelihood rise and fall."
        let lines = LessonMapScreen.summaryLines(summary, width: 70, ellipsis: "…")
        #expect(lines.count == 2)
        #expect(lines.joined(separator: " ") == summary)
        let long = String(repeating: "word ", count: 40)
        let cut = LessonMapScreen.summaryLines(long, width: 30, ellipsis: "…")
        #expect(cut.count == 2 && cut[1].hasSuffix("…") && cut.allSatisfy { $0.count <= 30 })
    }

    @Test func theCoinUsesKAndNAsLesson2Does() throws {
        let state = try ExplorerFixture.state(page: 0)
        let frame = AppView.render(state).description
        #expect(frame.contains("k = 7 successes in n = 10 trials"))
        #expect(!frame.contains("n = 1,"))
    }

    @Test func theSeparableClassifiersTitleFollowsItsMode() throws {
        var page = ClassifierPage(seed: 11, separable: true)
        #expect(page.heading == nil, "in the file's mode the lesson's title stands")
        _ = page.handle(.key(.character("x")), context: PageContext(width: 76, height: 18, options: .standard))
        #expect(page.separable == false)
        #expect(page.heading == "When the classes overlap: the MLE exists")
    }
}
