import Testing

@testable import MLETutor

@Suite struct ClassifierPageTests {
    @Test func stepsTrainAndKeepCrossEntropyEqualToTheNegativeLogLikelihood() throws {
        var state = try LivePagesCourse.state(.classifier)
        let start = try #require(state.page(as: ClassifierPage.self))
        #expect(start.steps == 0 && start.model.weights == [0, 0])
        for _ in 0..<25 {
            state.press(.character("s"))
            let page = try #require(state.page(as: ClassifierPage.self))
            #expect(abs(page.crossEntropy - page.negativeLogLikelihood) <= 1e-12)
        }
        let page = try #require(state.page(as: ClassifierPage.self))
        #expect(page.steps == 25)
        #expect(page.losses.count == 26)
        #expect(zip(page.losses, page.losses.dropFirst()).allSatisfy { $0 > $1 })
        #expect(page.model.weights[0] > 0)
    }

    @Test func animationRunsOnTicksAndStopsWhenConverged() throws {
        var state = try LivePagesCourse.state(.classifier)
        #expect(!state.isAnimating)
        state.press(.character("g"))
        #expect(state.isAnimating)
        _ = AppUpdate.update(&state, .tick)
        #expect(state.page(as: ClassifierPage.self)?.steps == 3)
        let ticks = state.tickUntilIdle()
        #expect(ticks < 10_000)
        let page = try #require(state.page(as: ClassifierPage.self))
        #expect(page.hasConverged)
        #expect(AppView.render(state).description.contains("Converged"))
        state.press(.character("r"))
        #expect(state.page(as: ClassifierPage.self)?.steps == 0)
    }

    @Test func separableSwitchMakesTheWeightsGrowWithoutBound() throws {
        var state = try LivePagesCourse.state(.classifier)
        state.press(.character("x"))
        var page = try #require(state.page(as: ClassifierPage.self))
        #expect(page.separable)
        state.press(.character("g"))
        state.tickUntilIdle()
        page = try #require(state.page(as: ClassifierPage.self))
        #expect(page.steps == ClassifierPage.maximumSteps)
        #expect(!page.hasConverged)
        #expect(page.weightNorm > 5)
        #expect(page.negativeLogLikelihood < 0.05)
        #expect(AppView.render(state).description.contains("No MLE exists"))
    }

    @Test func pageKeysAreHandledAndOthersFallThrough() throws {
        var state = try LivePagesCourse.state(.classifier)
        state.press(.character("n"))
        guard case .lesson(let session) = state.screen else {
            Issue.record("left the lesson")
            return
        }
        #expect(session.pageIndex == LivePagesCourse.Page.separable.rawValue)
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(size: (Int, Int)) throws {
        var state = try LivePagesCourse.state(.classifier, width: size.0, height: size.1)
        expectSnapshot(AppView.render(state), named: "classifier-start-\(size.0)x\(size.1)")
        state.press(.character("s"), .character("s"), .character("s"))
        expectSnapshot(AppView.render(state), named: "classifier-3-steps-\(size.0)x\(size.1)")
        var separable = try LivePagesCourse.state(.separable, width: size.0, height: size.1, options: .ascii)
        separable.press(.character("g"))
        separable.tickUntilIdle()
        expectSnapshot(AppView.render(separable), named: "classifier-separable-ascii-\(size.0)x\(size.1)")
    }
}
