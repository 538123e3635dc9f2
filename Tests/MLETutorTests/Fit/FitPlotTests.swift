import MLECore
import Testing

@testable import MLETutor

/// `fit --plot`: the drawing's size, its legend and the goodness-of-fit lines.
@Suite struct FitPlotTests {
    static func text(_ values: [Double]) -> String {
        values.map { "\($0)" }.joined(separator: "\n")
    }

    @Test func aComparisonDrawsOneCurvePerFamilyWithALegendAndKSNotes() throws {
        var generator = SeededGenerator(seed: 3)
        let values = Gamma(alpha: 2, beta: 1).samples(500, using: &generator)
        let outcome = ComparisonSession(
            families: try ComparisonSession.families("gamma,lognormal,normal", trials: nil), format: DataFormat(),
            json: false,
            plot: PlotSize(width: 100, height: 30)
        ).run(MemorySource(Self.text(values)), name: "data")
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let drawing = try #require(lines.firstIndex { $0.hasPrefix("density") })
        #expect(lines.count - drawing == 31)  // 30 lines and the final newline
        #expect(lines[drawing...].allSatisfy { $0.count <= 100 })
        for name in ["gamma", "lognormal", "normal"] {
            #expect(lines.contains { $0.contains("── \(name)") })
            #expect(
                lines.contains {
                    $0.hasPrefix("\(name): Kolmogorov-Smirnov D = ") && $0.hasSuffix("(not exact after fitting)")
                })
        }
        #expect(lines.contains { $0.hasPrefix("Q-Q markers: ●") })
        #expect(lines.contains { $0.contains("Q-Q: model quantile") })
    }

    @Test func countsGetBarsAPPPlotAndAChiSquareTest() throws {
        var generator = SeededGenerator(seed: 4)
        let values = Poisson(lambda: 4).samples(400, using: &generator)
        let outcome = FitSession(
            family: .poisson, fixed: [:], format: DataFormat(), json: false, plot: PlotSize(width: 80, height: 24),
            options: DisplayOptions(unicode: false, color: false)
        ).run(MemorySource(Self.text(values)), name: "data")
        let text = try #require(outcome.standardOutput.split(separator: "\n\n").last)
        #expect(text.contains("P-P: model"))
        #expect(text.contains("poisson: chi-square = "))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func jsonIgnoresThePlot() {
        let outcome = FitSession(
            family: .exponential, fixed: [:], format: DataFormat(), json: true, plot: PlotSize(width: 80, height: 24)
        ).run(MemorySource("1\n2\n3\n"), name: "data")
        #expect(outcome.standardOutput.hasPrefix("{") && !outcome.standardOutput.contains("density"))
    }
}
