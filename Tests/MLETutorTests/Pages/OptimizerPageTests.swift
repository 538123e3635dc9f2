import MLECore
import Testing

@testable import MLETutor

/// The optimizer and surface pages driven by keys and by ticks of the animation clock.
@Suite struct OptimizerPageTests {
    private func frame(_ state: AppState) -> String { AppView.render(state).description }

    private func optimizer(_ state: AppState) throws -> OptimizerPage {
        try #require(ExplorerFixture.page(state, as: OptimizerPage.self))
    }

    /// The maximum likelihood fit of the fixture's Gamma data with β = 1, from MLECore.
    private func gammaFit(_ page: OptimizerPage) throws -> FitResult {
        try MaximumLikelihood.fit(try #require(page.model as? LikelihoodModel).summary, fixed: ["beta": 1])
    }

    @Test func eachStepKeyTakesOneGradientStepAndTheTableShowsIt() throws {
        var state = try ExplorerFixture.state(page: 2)
        #expect(frame(state).contains("Ready: s takes one step, g plays and pauses."))
        ExplorerFixture.press(.character("s"), 3, &state)
        let run = try optimizer(state).run
        #expect(run.path.map(\.number) == [0, 1, 2, 3])
        #expect(run.path[1].theta[0] == 0.5 + 0.01 * run.path[0].score[0])
        #expect(frame(state).contains("Running: 3 steps so far."))
        #expect(frame(state).contains("     1      1.82585     −90.3087      19.2163      1.32585"))
    }

    @Test func theAnimationAdvancesOnTicksOnly() throws {
        var state = try ExplorerFixture.state(page: 2)
        #expect(!state.isAnimating)
        ExplorerFixture.press(.character("g"), 1, &state)
        #expect(state.isAnimating)
        for _ in 0..<(OptimizerRun.speeds[0].ticks - 1) { _ = AppUpdate.update(&state, .tick) }
        #expect(try optimizer(state).run.path.count == 1)
        _ = AppUpdate.update(&state, .tick)
        #expect(try optimizer(state).run.path.count == 2)
        for _ in 0..<(3 * OptimizerRun.speeds[0].ticks) { _ = AppUpdate.update(&state, .tick) }
        #expect(try optimizer(state).run.path.count == 5)
        ExplorerFixture.press(.character("g"), 1, &state)
        #expect(!state.isAnimating)
        for _ in 0..<(2 * OptimizerRun.speeds[0].ticks) { _ = AppUpdate.update(&state, .tick) }
        #expect(try optimizer(state).run.path.count == 5, "paused: ticks change nothing")
    }

    @Test func newtonConvergesToTheFitOfMLECore() throws {
        var state = try ExplorerFixture.state(page: 2)
        ExplorerFixture.press(.character("o"), 1, &state)
        #expect(try optimizer(state).run.method == .newtonRaphson)
        ExplorerFixture.press(.character("s"), 30, &state)
        let page = try optimizer(state)
        #expect(page.run.diagnosis.isConverged)
        let alpha = try #require(try gammaFit(page).estimate("alpha")?.value)
        #expect(abs(page.run.current.theta[0] - alpha) <= 1e-12 * alpha)
        #expect(page.run.path.count < 12, "Newton needs few steps")
        #expect(frame(state).contains("Converged after \(page.run.current.number) steps"))
    }

    @Test func tooLargeALearningRateIsDiagnosedInWords() throws {
        var state = try ExplorerFixture.state(page: 2)
        ExplorerFixture.press(.character("+"), 4, &state)
        #expect(try optimizer(state).run.learningRate == 0.2)
        ExplorerFixture.press(.right, 10, &state)
        ExplorerFixture.press(.character("s"), 20, &state)
        let run = try optimizer(state).run
        #expect(run.isFinished)
        #expect(run.diagnosis == .leftDomain)
        #expect(frame(state).contains("η is too large, press - to shrink it."))
        ExplorerFixture.press(.character("-"), 2, &state)
        #expect(try optimizer(state).run.learningRate == 0.05)
        #expect(try optimizer(state).run.path.count == 1, "a new η starts the run again")
    }

    @Test func movingTheStartResetsTheRun() throws {
        var state = try ExplorerFixture.state(page: 2)
        ExplorerFixture.press(.character("s"), 2, &state)
        ExplorerFixture.press(.right, 5, &state)
        let run = try optimizer(state).run
        #expect(run.path.count == 1)
        #expect(abs(run.start[0] - 1.0) < 1e-12)
        ExplorerFixture.press(.character("s"), 2, &state)
        ExplorerFixture.press(.character("r"), 1, &state)
        #expect(try optimizer(state).run.path.count == 1)
    }

    @Test func theSurfaceCursorMovesWithTheFourArrows() throws {
        var state = try ExplorerFixture.state(page: 3)
        let start = try #require(ExplorerFixture.page(state, as: SurfacePage.self)).cursor
        ExplorerFixture.press(.up, 2, &state)
        ExplorerFixture.press(.right, 3, &state)
        ExplorerFixture.press(.down, 1, &state)
        let page = try #require(ExplorerFixture.page(state, as: SurfacePage.self))
        #expect(abs(page.cursor[0] - (start[0] + 3 * page.horizontal.step)) < 1e-9)
        #expect(abs(page.cursor[1] - (start[1] + page.vertical.step)) < 1e-9)
        #expect(frame(state).contains("μ = \(page.horizontal.text), σ = \(page.vertical.text)   ℓ = "))
        guard case .lesson(let session) = state.screen else {
            Issue.record("left the lesson")
            return
        }
        #expect(session.pageIndex == 3)
    }

    @Test func newtonOnTheSurfaceReachesThePeak() throws {
        var state = try ExplorerFixture.state(page: 3)
        ExplorerFixture.press(.character("s"), 40, &state)
        let page = try #require(ExplorerFixture.page(state, as: SurfacePage.self))
        let fit = try #require(page.model.fit)
        #expect(page.run.diagnosis.isConverged)
        #expect(abs(page.run.current.theta[0] - fit.estimates[0].value) < 1e-9)
        #expect(abs(page.run.current.theta[1] - fit.estimates[1].value) < 1e-9)
    }

    @Test func gradientAscentOnTheSurfaceDrawsItsPath() throws {
        var state = try ExplorerFixture.state(page: 3)
        ExplorerFixture.press(.character("o"), 1, &state)
        ExplorerFixture.press(.character("s"), 3, &state)
        let page = try #require(ExplorerFixture.page(state, as: SurfacePage.self))
        #expect(page.run.method == .gradientAscent)
        #expect(page.run.path.count == 4)
        let shown = frame(state)
        // Inside the heatmap (between its left border and its right edge, above the μ axis) the
        // only digits are the iterates' numbers: the last one, 3, is in range and drawn, and no
        // number past the path's end is.
        let rows = shown.split(separator: "\n").map(Array.init)
        let axis = try #require(rows.firstIndex { $0.count > 3 && $0[3] == "└" })
        let width = try #require(rows[axis].firstIndex(of: "μ")) - 5
        let interior = rows[..<axis].filter { $0.count > 3 && ($0[3] == "│" || $0[3] == "┤") }
            .map { String($0.dropFirst(4).prefix(width)) }.joined()
        let digits = Set(interior.filter(\.isNumber))
        #expect(digits.contains("3"), "the last iterate's number is not on the heatmap:\n\(shown)")
        #expect(digits.isSubset(of: ["0", "1", "2", "3"]), "numbers beyond the path: \(digits.sorted())")
        #expect(shown.contains("step 3: μ = \(ReadoutFormat.compact(page.run.current.theta[0]))"))
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(size: (Int, Int)) throws {
        var state = try ExplorerFixture.state(page: 2, width: size.0, height: size.1)
        ExplorerFixture.press(.character("s"), 3, &state)
        expectSnapshot(AppView.render(state), named: "optimizer-gradient-\(size.0)x\(size.1)")
        ExplorerFixture.press(.character("o"), 1, &state)
        ExplorerFixture.press(.character("s"), 2, &state)
        expectSnapshot(AppView.render(state), named: "optimizer-newton-\(size.0)x\(size.1)")
        var surface = try ExplorerFixture.state(page: 3, width: size.0, height: size.1)
        ExplorerFixture.press(.character("s"), 2, &surface)
        expectSnapshot(AppView.render(surface), named: "surface-newton-\(size.0)x\(size.1)")
        var ascii = try ExplorerFixture.state(page: 3, width: size.0, height: size.1, options: .ascii)
        ExplorerFixture.press(.up, 1, &ascii)
        expectSnapshot(AppView.render(ascii), named: "surface-ascii-\(size.0)x\(size.1)")
    }
}
