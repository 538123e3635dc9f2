import Foundation
import MLECore
import Testing

@testable import MLETutor

/// `mletutor explore` without a terminal: parsing, loading the data, the page it opens, and the
/// app's explore screen.
@Suite struct ExploreCommandTests {
    private func state(_ arguments: [String], width: Int = 100, height: Int = 30) throws -> AppState {
        let command = try ExploreCommand.parse(arguments)
        let model = try command.loadModel().get()
        let (page, title) = ExploreCommand.page(for: model, source: "--data")
        return .exploring(page, title: title, options: .standard, width: width, height: height)
    }

    @Test func theCoinOpensTheSliderAtOneHalfInStepsOfAHundredth() throws {
        var state = try state(["binomial", "--trials", "10", "--data", "7"])
        var frame = AppView.render(state).description
        #expect(frame.hasPrefix(" mletutor explore: binomial (10 trials each), n = 1 from --data"))
        #expect(frame.contains("p = 0.50 (step 0.01)   L(p) = 0.1172"))
        ExplorerFixture.press(.right, 20, &state)
        #expect(AppView.render(state).description.contains("L(p) = 0.2668"))
        ExplorerFixture.press(.right, 20, &state)
        frame = AppView.render(state).description
        #expect(frame.contains("p = 0.90 (step 0.01)   L(p) = 0.05740"))
    }

    @Test func twoFreeParametersOpenTheSurface() throws {
        let state = try state(["normal", "--data", "4.1,5.3,3.8,6.0,4.9"])
        guard case .exploring(let session) = state.screen else {
            Issue.record("not exploring")
            return
        }
        #expect(session.page is SurfacePage)
        let fixed = try self.state(["normal", "--sigma", "2", "--data", "4.1,5.3,3.8,6.0,4.9"])
        guard case .exploring(let one) = fixed.screen, let tabs = one.page as? PageTabs else {
            Issue.record("not the tabs")
            return
        }
        #expect(tabs.names == ["Slider", "Optimizer"])
        #expect(tabs.page is ExplorerPage)
    }

    @Test func aFileIsSummarisedNotKept() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("explore-\(UUID().uuidString).txt")
        try (1...5000).map { String(Double($0 % 97) / 10 + 0.5) }.joined(separator: "\n").write(
            to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let model = try ExploreCommand.parse(["gamma", "--beta", "1", url.path]).loadModel().get()
        #expect(model.summary.count == 5000)
        #expect(model.values == nil)
        let (page, _) = ExploreCommand.page(for: model, source: url.path)
        var buffer = TextBuffer(width: 100, height: 30)
        page.draw(into: &buffer, in: buffer.bounds, options: .standard)
        #expect(buffer.description.contains("Data: n = 5000 values, summarised as they were read"))
    }

    @Test func lognormalExploresWithANegativeFixedMean() throws {
        let model = try ExploreCommand.parse(["lognormal", "--mu", "-0.5", "--data", "0.4,0.9,0.3,1.7"]).loadModel()
            .get()
        #expect(model.parameterNames == ["sigma"] && model.fixed == ["mu": -0.5])
        let (page, title) = ExploreCommand.page(for: model, source: "--data")
        #expect(title == "lognormal, μ = −0.5 fixed, n = 4 from --data")
        var buffer = TextBuffer(width: 80, height: 24)
        page.draw(into: &buffer, in: buffer.bounds, options: .standard)
        #expect(buffer.description.contains("σ"))
        #expect(model.closedForm?.hasPrefix("√(Σ(log x − μ)²/n), μ = ") == true)
    }

    @Test func badDataAreReportedAsFitReportsThem() throws {
        let failure = try ExploreCommand.parse(["poisson", "--data", "1,2,x"]).loadModel()
        guard case .failure(let error) = failure else {
            Issue.record("bad data were accepted")
            return
        }
        #expect(error.message == "--data:3: error: 'x' is not a number\n")
        #expect(error.status == 65)
        guard case .failure(let negative) = try ExploreCommand.parse(["poisson", "--data", "1,-2"]).loadModel() else {
            Issue.record("a negative count was accepted")
            return
        }
        #expect(negative.message.hasPrefix("--data:2: error: "))
    }

    @Test(arguments: [
        (["normal", "file.txt", "--data", "1"], "give the data as a FILE or with --data, not both"),
        (["normal", "--data", "1", "--column", "2"], "--column applies to a data file"),
        (
            ["gamma", "--alpha", "1", "--beta", "1", "--data", "1"],
            "every parameter of gamma is fixed: leave at least one to estimate"
        ),
    ])
    func invalidCommandLines(arguments: [String], message: String) {
        #expect(throws: (any Error).self) { try ExploreCommand.parse(arguments) }
        do {
            _ = try ExploreCommand.parse(arguments)
        } catch {
            #expect(ExploreCommand.message(for: error) == message)
        }
    }

    /// `-` names standard input; the keys then come from /dev/tty. Leaving out the file does
    /// the same when standard input is not a terminal: Tests/e2e/PipeTests, in a real one.
    @Test func standardInputIsADataSource() throws {
        #expect(try ExploreCommand.parse(["normal", "-"]).sourceName == "<stdin>")
        #expect(try ExploreCommand.parse(["normal", "data.txt"]).sourceName == "data.txt")
        #expect(try ExploreCommand.parse(["normal", "--data", "1,2"]).sourceName == "--data")
    }

    @Test func tabSwitchesToTheOptimizerWhereNewtonReachesTheFit() throws {
        var state = try state(["gamma", "--beta", "1", "--data", "1.2,0.8,2.5,3.1,1.9,0.7,1.4"])
        #expect(AppView.render(state).description.contains(" Slider   Optimizer"))
        ExplorerFixture.press(.tab, 1, &state)
        ExplorerFixture.press(.character("o"), 1, &state)
        ExplorerFixture.press(.character("s"), 30, &state)
        guard case .exploring(let session) = state.screen, let tabs = session.page as? PageTabs,
            let page = tabs.page as? OptimizerPage
        else {
            Issue.record("not the optimizer")
            return
        }
        let fit = try MaximumLikelihood.fit(try #require(page.model as? LikelihoodModel).summary, fixed: ["beta": 1])
        let alpha = try #require(fit.estimate("alpha")?.value)
        #expect(page.run.diagnosis.isConverged)
        #expect(AppView.render(state).description.contains("Result: α = \(ReadoutFormat.compact(alpha, digits: 12))"))
        ExplorerFixture.press(.tab, 1, &state)
        #expect(AppView.render(state).description.contains("α = "))
    }

    @Test func onTheExploreScreenQQuitsWithoutSavingAndTicksReachThePage() throws {
        var state = try state(["gamma", "--beta", "1", "--data", "1.2,0.8,2.5,3.1,1.9"])
        ExplorerFixture.press(.character("?"), 1, &state)
        #expect(state.showingHelp)
        ExplorerFixture.press(.character("x"), 1, &state)
        #expect(!state.showingHelp)
        #expect(AppUpdate.update(&state, .key(.character("q"))) == [.quit])
        #expect(AppUpdate.update(&state, .key(.interrupt)) == [.quit])
        var surface = try self.state(["normal", "--data", "4.1,5.3,3.8,6.0,4.9"])
        ExplorerFixture.press(.character("g"), 1, &surface)
        #expect(surface.isAnimating)
        for _ in 0..<OptimizerRun.speeds[0].ticks { _ = AppUpdate.update(&surface, .tick) }
        guard case .exploring(let session) = surface.screen, let page = session.page as? SurfacePage else {
            Issue.record("not the surface")
            return
        }
        #expect(page.run.path.count == 2)
    }
}
