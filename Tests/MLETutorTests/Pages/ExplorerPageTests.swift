import MLECore
import Testing

@testable import MLETutor

/// The explorer driven by keys as a learner would, checked in its state and its frame.
@Suite struct ExplorerPageTests {
    private func frame(_ state: AppState) -> String { AppView.render(state).description }

    @Test func theCoinsReadoutsAtHalfSevenTenthsAndNineTenths() throws {
        var state = try ExplorerFixture.state(page: 0)
        #expect(frame(state).contains("p = 0.50 (step 0.01)   L(p) = 0.1172"))
        ExplorerFixture.press(.right, 20, &state)
        #expect(frame(state).contains("p = 0.70 (step 0.01)   L(p) = 0.2668"))
        ExplorerFixture.press(.character("l"), 20, &state)
        #expect(frame(state).contains("p = 0.90 (step 0.01)   L(p) = 0.05740"))
        guard case .lesson(let session) = state.screen else {
            Issue.record("left the lesson")
            return
        }
        #expect(session.pageIndex == 0, "arrow keys move the slider, not the page")
    }

    @Test func findingThePeakShowsTheClosedForm() throws {
        var state = try ExplorerFixture.state(page: 0)
        #expect(frame(state).contains("Goal: put the slider on the peak"))
        #expect(!frame(state).contains("p̂ = 0.7"), "the peak is not given away before it is found")
        ExplorerFixture.press(.right, 19, &state)
        #expect(ExplorerFixture.page(state, as: ExplorerPage.self)?.foundPeak == true, "0.69 is within 0.1 SE of 0.7")
        let shown = frame(state)
        #expect(shown.contains("✓ You found the MLE: p̂ = k/n = 7/10 = 0.7"))
        #expect(shown.contains("◆"), "the peak is marked once found")
    }

    @Test func farFromThePeakTheGoalIsNotMet() throws {
        var state = try ExplorerFixture.state(page: 0)
        ExplorerFixture.press(.right, 15, &state)
        #expect(ExplorerFixture.page(state, as: ExplorerPage.self)?.foundPeak == false)
    }

    @Test func theHintSaysWhichWayIsUphill() throws {
        var state = try ExplorerFixture.state(page: 0)
        ExplorerFixture.press(.character("s"), 1, &state)
        #expect(frame(state).contains("Hint: ℓ′(p) = 8.000 > 0, so uphill is to the right (→)."))
        ExplorerFixture.press(.right, 40, &state)
        ExplorerFixture.press(.character("s"), 1, &state)
        #expect(frame(state).contains("Hint: ℓ′(p) = −22.22 < 0, so uphill is to the left (←)."))
    }

    @Test func stepKeysMakeTheSliderFinerAndCoarser() throws {
        var state = try ExplorerFixture.state(page: 0)
        ExplorerFixture.press(.character("]"), 1, &state)
        ExplorerFixture.press(.right, 2, &state)
        #expect(frame(state).contains("p = 0.7 (step 0.1)"))
        ExplorerFixture.press(.character("["), 2, &state)
        ExplorerFixture.press(.left, 1, &state)
        #expect(frame(state).contains("p = 0.699 (step 0.001)"))
    }

    @Test func vTogglesBetweenLikelihoodAndLogLikelihood() throws {
        var state = try ExplorerFixture.state(page: 0)
        #expect(frame(state).split(separator: "\n").contains { $0.hasPrefix("  L(p)") })
        ExplorerFixture.press(.character("v"), 1, &state)
        #expect(ExplorerFixture.page(state, as: ExplorerPage.self)?.view == .logLikelihood)
        #expect(frame(state).split(separator: "\n").contains { $0.hasPrefix("  ℓ(p)") })
    }

    @Test func aLikelihoodThatWouldUnderflowIsDrawnRescaledAndSaysSo() throws {
        var state = try ExplorerFixture.state(page: 4)
        let page = try #require(ExplorerFixture.page(state, as: ExplorerPage.self))
        #expect(LikelihoodCurve(model: page.model, range: page.slider.range, symbol: "p").isRescaled)
        #expect(frame(state).contains("L(p)/L(p̂)"))
        #expect(frame(state).contains("L(p) = 1.030e−425"))
        ExplorerFixture.press(.character("v"), 1, &state)
        #expect(!frame(state).contains("L(p)/L(p̂)"))
    }

    @Test func addingTossesSharpensTheCurveAndRemovingUndoes() throws {
        var state = try ExplorerFixture.state(page: 1)
        let before = try #require(ExplorerFixture.page(state, as: ExplorerPage.self)?.model.estimate(0))
        ExplorerFixture.press(.character("H"), 7, &state)
        ExplorerFixture.press(.character("T"), 3, &state)
        let page = try #require(ExplorerFixture.page(state, as: ExplorerPage.self))
        #expect(page.model.summary.count == 20)
        let after = try #require(page.model.estimate(0))
        #expect(after.value == 0.7)
        #expect(after.standardError < before.standardError, "more data, a narrower peak")
        #expect(frame(state).contains("Data (n = 20): H H T H H H T H H T H H H H H H H T T T  → 14 heads, 6 tails"))
        ExplorerFixture.press(.character("x"), 19, &state)
        ExplorerFixture.press(.character("x"), 1, &state)
        #expect(ExplorerFixture.page(state, as: ExplorerPage.self)?.model.summary.count == 1)
        #expect(frame(state).contains("The last observation stays"))
    }

    @Test func drawnObservationsComeFromTheFittedDistributionTheSameEveryTime() throws {
        var first = try ExplorerFixture.state(page: 1)
        var second = try ExplorerFixture.state(page: 1)
        ExplorerFixture.press(.character("A"), 1, &first)
        ExplorerFixture.press(.character("a"), 10, &second)
        let values = try #require(ExplorerFixture.page(first, as: ExplorerPage.self)?.model.values)
        #expect(values.count == 20)
        #expect(values.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(
            ExplorerFixture.page(second, as: ExplorerPage.self)?.model.values == values,
            "one seed, one sequence of draws")
    }

    @Test func intervalBandsToggleWithB() throws {
        var state = try ExplorerFixture.state(page: 1)
        #expect(frame(state).contains("95% Wald [0.416, 0.984]   95% likelihood-ratio [0.393, 0.915]"))
        ExplorerFixture.press(.character("b"), 1, &state)
        #expect(!frame(state).contains("95% Wald"))
    }

    @Test func keysThePageDoesNotUseFallThroughToTheTutor() throws {
        var state = try ExplorerFixture.state(page: 0)
        ExplorerFixture.press(.character("n"), 1, &state)
        guard case .lesson(let session) = state.screen else {
            Issue.record("left the lesson")
            return
        }
        #expect(session.pageIndex == 1)
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(size: (Int, Int)) throws {
        var state = try ExplorerFixture.state(page: 0, width: size.0, height: size.1)
        expectSnapshot(AppView.render(state), named: "explorer-coin-start-\(size.0)x\(size.1)")
        ExplorerFixture.press(.right, 20, &state)
        expectSnapshot(AppView.render(state), named: "explorer-coin-found-\(size.0)x\(size.1)")
        var tosses = try ExplorerFixture.state(page: 1, width: size.0, height: size.1, options: .ascii)
        ExplorerFixture.press(.character("v"), 1, &tosses)
        expectSnapshot(AppView.render(tosses), named: "explorer-tosses-ascii-\(size.0)x\(size.1)")
    }
}

/// The goal follows the slider: met on the peak, gone when the slider leaves it, back on return.
@Suite struct ExplorerGoalTests {
    @Test func theCheckMarkFollowsTheSlider() throws {
        var state = try ExplorerFixture.state(page: 0)
        ExplorerFixture.press(.right, 20, &state)
        #expect(AppView.render(state).description.contains("✓ You found the MLE"))
        ExplorerFixture.press(.right, 5, &state)
        let away = AppView.render(state).description
        #expect(!away.contains("✓ You found the MLE"))
        #expect(away.contains("Goal: put the slider on the peak"))
        #expect(away.contains("◆"), "the peak stays marked once found")
        ExplorerFixture.press(.left, 5, &state)
        #expect(AppView.render(state).description.contains("✓ You found the MLE"))
    }

    @Test func theCheckpointOnceMetStaysInTheProgress() throws {
        var state = try ExplorerFixture.state(page: 0)
        ExplorerFixture.press(.right, 20, &state)
        ExplorerFixture.press(.right, 5, &state)
        let lesson = state.course.lessons[0]
        #expect(state.progress.lessons[lesson.id]?.checkpoints.contains(lesson.pages[0].id) == true)
    }
}
