import MLECore
import Testing

@testable import MLETutor

/// The three-class page: three optimizers on one softmax likelihood, the identity on screen.
@Suite struct SoftmaxRacePageTests {
    static let source = LessonSource(
        path: "fixtures/softmax.yaml",
        text: """
            id: softmax-fixture
            title: Softmax fixture
            summary: Three classes.
            pages:
              - kind: softmax-race
                title: Three optimizers
                prompt: Press g.
                seed: 3
                points: 40
            """)

    static func state(width: Int = 80, height: Int = 24, options: DisplayOptions = .standard) throws -> AppState {
        .inLesson(
            0, page: 0, course: try FixtureCourse.load([source]), progress: LearnerProgress(), options: options,
            width: width, height: height)
    }

    private func page(_ state: AppState) throws -> SoftmaxRacePage {
        try #require(ExplorerFixture.page(state, as: SoftmaxRacePage.self))
    }

    @Test func eachStepKeyStepsAllThreeAndTheIdentityHolds() throws {
        var state = try Self.state()
        ExplorerFixture.press(.character("s"), 3, &state)
        let page = try page(state)
        #expect(page.trainers.map(\.steps) == [3, 3, 3])
        #expect(page.losses.map(\.count) == [4, 4, 4])
        let frame = AppView.render(state).description
        #expect(frame.contains("step 3: cross-entropy"))
        #expect(frame.contains("= Categorical −ℓ/n"))
        #expect(page.losses[0][3] < page.losses[0][0], "full-batch descent lowers the loss")
    }

    @Test func ticksTrainOnlyWhilePlayingAndTheRaceEndsWithinTolerance() throws {
        var state = try Self.state()
        _ = AppUpdate.update(&state, .tick)
        #expect(try page(state).steps == 0)
        ExplorerFixture.press(.character("g"), 1, &state)
        _ = AppUpdate.update(&state, .tick)
        let racing = try page(state)
        #expect(racing.steps == racing.stepsPerTick)
        #expect(racing.checkpointMet == false)
        while state.isAnimating { _ = AppUpdate.update(&state, .tick) }
        let page = try page(state)
        #expect(page.steps == SoftmaxTrainer.stepsToSettle)
        #expect(page.largestGap <= SoftmaxTrainer.parameterTolerance)
        #expect(page.checkpointMet == true)
        #expect(AppView.render(state).description.contains(", within 0.02"))
    }

    @Test func vSwitchesTheViewAndRResets() throws {
        var state = try Self.state()
        #expect(AppView.render(state).description.contains("v points"))
        ExplorerFixture.press(.character("v"), 1, &state)
        #expect(try page(state).showsData)
        #expect(AppView.render(state).description.contains("class 3"))
        ExplorerFixture.press(.character("s"), 2, &state)
        ExplorerFixture.press(.character("r"), 1, &state)
        #expect(try page(state).steps == 0)
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(size: (Int, Int)) throws {
        var state = try Self.state(width: size.0, height: size.1)
        ExplorerFixture.press(.character("s"), 30, &state)
        expectSnapshot(AppView.render(state), named: "softmax-race-loss-\(size.0)x\(size.1)")
        ExplorerFixture.press(.character("v"), 1, &state)
        expectSnapshot(AppView.render(state), named: "softmax-race-points-\(size.0)x\(size.1)")
        var ascii = try Self.state(width: size.0, height: size.1, options: .ascii)
        ExplorerFixture.press(.character("s"), 30, &ascii)
        expectSnapshot(AppView.render(ascii), named: "softmax-race-ascii-\(size.0)x\(size.1)")
    }

    @Test func anUnknownViewIsReportedWithTheChoices() {
        let messages = LivePageLintTests.diagnostics("  - kind: softmax-race\n    view: both")
        #expect(messages.count == 1)
        #expect(messages.first?.contains("unknown view 'both'") == true)
    }
}
