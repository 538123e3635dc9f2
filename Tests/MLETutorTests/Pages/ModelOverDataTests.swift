import MLECore
import Testing

@testable import MLETutor

/// The model drawn over the data on explorer pages: heights from MLECore, redrawn as θ moves,
/// one key to switch at 80 columns and both plots side by side on a wide screen.
@Suite struct ModelOverDataTests {
    /// Reference values from scipy.stats (norm.pdf, gamma.pdf with scale = 1/β, poisson.pmf,
    /// binom.pmf), to 1e-12 relative.
    @Test func heightsAreTheFamiliesDensitiesAndMasses() throws {
        let cases: [(Family, [String: Double], Double, Double)] = [
            (.normal, ["mu": 4.365, "sigma": 2], 4, 0.19617682879189038),
            (.gamma, ["alpha": 2.5, "beta": 1.2], 1.5, 0.3603493446269704),
            (.poisson, ["lambda": 2.5], 3, 0.21376301724973648),
            (.binomial(trials: 10), ["p": 0.7], 7, 0.26682793199999993),
        ]
        for (family, parameters, x, expected) in cases {
            let model = try #require(ModelDistribution(family: family, parameters: parameters))
            #expect(abs(model.density(x) - expected) <= 1e-12 * expected, "\(family) at \(x)")
        }
        #expect(ModelDistribution(family: .normal, parameters: ["mu": 0, "sigma": -1]) == nil)
        #expect(ModelDistribution(family: .normal, parameters: ["mu": .nan, "sigma": 1]) == nil)
    }

    @Test func dSwitchesToTheDataAndTheKeyBarSaysSo() throws {
        var state = try ExplorerFixture.state(page: 1)
        var frame = AppView.render(state).description
        #expect(frame.contains("d data"))
        ExplorerFixture.press(.character("d"), 1, &state)
        frame = AppView.render(state).description
        #expect(frame.contains("model at p = 0.50"))
        #expect(frame.contains("d likelihood"))
        ExplorerFixture.press(.right, 20, &state)
        #expect(AppView.render(state).description.contains("model at p = 0.70"), "the model follows the slider")
    }

    @Test func movingThetaMovesTheModelAgainstTheData() throws {
        let values = [3.1, 4.2, 5.0, 4.8, 3.9, 4.4, 5.6, 4.1]
        let low = try #require(ModelDistribution(family: .normal, parameters: ["mu": 2, "sigma": 1]))
        let peak = try #require(ModelDistribution(family: .normal, parameters: ["mu": 4.3875, "sigma": 1]))
        func totalLog(_ model: ModelDistribution) -> Double { values.map(model.logDensity).reduce(0, +) }
        #expect(totalLog(peak) > totalLog(low), "at the peak the model fits the data best")
        var atLow = TextBuffer(width: 60, height: 14)
        var atPeak = TextBuffer(width: 60, height: 14)
        try #require(ModelOverData(values: values, model: low, symbolText: "μ = 2").plot(options: .standard))
            .draw(into: &atLow, in: atLow.bounds, options: .standard)
        try #require(ModelOverData(values: values, model: peak, symbolText: "μ = 4.39").plot(options: .standard))
            .draw(into: &atPeak, in: atPeak.bounds, options: .standard)
        #expect(atLow.description != atPeak.description)
    }

    @Test func aWideScreenShowsBothPlots() throws {
        let state = try ExplorerFixture.state(page: 1, width: 140, height: 40)
        let frame = AppView.render(state).description
        #expect(frame.contains("L(p)") && frame.contains("share"))
        #expect(!frame.contains("d data"), "no switch needed")
    }
}
