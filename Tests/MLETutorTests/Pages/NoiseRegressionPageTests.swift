import MLECore
import Testing

@testable import MLETutor

/// The noise-model page: `c` switches the model, `o` drops the outliers, every number from MLECore.
@Suite struct NoiseRegressionPageTests {
    static let source = LessonSource(
        path: "fixtures/noise.yaml",
        text: """
            id: noise-fixture
            title: Noise fixture
            summary: A line with outliers.
            pages:
              - kind: noise-regression
                title: Outliers
                prompt: Press c.
                seed: 4
                points: 30
                outliers: 3
            """)

    static func state(width: Int = 80, height: Int = 24, options: DisplayOptions = .standard) throws -> AppState {
        .inLesson(
            0, page: 0, course: try FixtureCourse.load([source]), progress: LearnerProgress(), options: options,
            width: width, height: height)
    }

    private func page(_ state: AppState) throws -> NoiseRegressionPage {
        try #require(ExplorerFixture.page(state, as: NoiseRegressionPage.self))
    }

    @Test func cCyclesTheModelsAndTheCheckpointNeedsAllThree() throws {
        var state = try Self.state()
        #expect(try page(state).noise == .gaussian)
        #expect(try page(state).checkpointMet == false)
        ExplorerFixture.press(.character("c"), 1, &state)
        #expect(try page(state).noise == .laplace)
        #expect(AppView.render(state).description.contains("implied loss: Σ |rᵢ| (absolute error)"))
        ExplorerFixture.press(.character("c"), 1, &state)
        #expect(try page(state).noise == .studentT)
        #expect(try page(state).checkpointMet == true)
        ExplorerFixture.press(.character("c"), 1, &state)
        #expect(try page(state).noise == .gaussian)
    }

    @Test func theLineOnScreenIsMLECoresFit() throws {
        let state = try Self.state()
        let page = try page(state)
        let fit = try RobustRegression(x: page.x, y: page.y, noise: .gaussian)
        #expect(page.currentFit == fit)
        #expect(AppView.render(state).description.contains("ℓ = \(ReadoutFormat.logLikelihood(fit.logLikelihood))"))
    }

    @Test func droppingTheOutliersRefitsAndMovesTheGaussianLineMost() throws {
        var state = try Self.state()
        let before = try page(state).fits.map { $0?.slope ?? .nan }
        ExplorerFixture.press(.character("o"), 1, &state)
        let page = try page(state)
        #expect(page.shown.x.count == 27)
        let after = page.fits.map { $0?.slope ?? .nan }
        let moves = zip(before, after).map { abs($0 - $1) }
        #expect(moves[0] > moves[1] && moves[0] > moves[2])
        #expect(AppView.render(state).description.contains("o restore outliers"))
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(size: (Int, Int)) throws {
        var state = try Self.state(width: size.0, height: size.1)
        expectSnapshot(AppView.render(state), named: "noise-regression-gaussian-\(size.0)x\(size.1)")
        ExplorerFixture.press(.character("c"), 2, &state)
        expectSnapshot(AppView.render(state), named: "noise-regression-student-\(size.0)x\(size.1)")
        let ascii = try Self.state(width: size.0, height: size.1, options: .ascii)
        expectSnapshot(AppView.render(ascii), named: "noise-regression-ascii-\(size.0)x\(size.1)")
    }

    @Test func anUnknownNoiseModelIsReportedWithTheChoices() {
        let messages = LivePageLintTests.diagnostics("  - kind: noise-regression\n    noise: cauchy")
        #expect(messages.count == 1)
        #expect(messages.first?.contains("unknown noise model 'cauchy'") == true)
    }
}
