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

    /// The drawing of one gamma fit at `width` × 24, its lines, and where its panels are.
    func gammaDrawing(width: Int) throws -> (lines: [[Character]], panels: (data: Rect, quantiles: Rect)) {
        var generator = SeededGenerator(seed: 5)
        let values = Gamma(alpha: 3, beta: 1).samples(200, using: &generator)
        let outcome = FitSession(
            family: .gamma, fixed: [:], format: DataFormat(), json: false, plot: PlotSize(width: width, height: 24)
        ).run(MemorySource(Self.text(values)), name: "data")
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let drawing = try #require(lines.firstIndex { $0.hasPrefix("density") })
        let plotLines = lines[drawing...].prefix { !$0.hasPrefix("gamma: ") }.map(Array.init)
        return (plotLines, FitPlot.panels(width: width, height: plotLines.count))
    }

    @Test(arguments: [40, 60, 80, 100])
    func thePanelsDoNotOverlapAndTheQQPanelHasRoom(width: Int) throws {
        let (lines, panels) = try gammaDrawing(width: width)
        let (data, quantiles) = panels
        let apart = data.x + data.width <= quantiles.x || data.y + data.height <= quantiles.y
        #expect(apart, "panels \(data) and \(quantiles) overlap at width \(width)")
        #expect(lines.allSatisfy { $0.count <= width })
        var markerColumns = Set<Int>()
        for (row, line) in lines.enumerated() {
            for (column, character) in line.enumerated() where character == "●" {
                let inside =
                    (quantiles.x..<quantiles.x + quantiles.width).contains(column)
                    && (quantiles.y..<quantiles.y + quantiles.height).contains(row)
                #expect(inside, "a Q-Q point at row \(row), column \(column) is outside its panel at width \(width)")
                markerColumns.insert(column)
            }
        }
        // The Q-Q points run along the diagonal: they spread over at least 10 columns.
        #expect(
            (markerColumns.max() ?? 0) - (markerColumns.min() ?? 0) >= 10, "width \(width): \(markerColumns.sorted())")
        // The density panel's title row holds its title and nothing of the other panel.
        let header = String(lines[0].prefix(data.width))
        #expect(header.trimmingCharacters(in: .whitespaces) == "density", "width \(width): '\(header)'")
        let titles = lines.map { String($0) }.filter { $0.contains("Q-Q: model quantile") }
        #expect(titles.count == 1)
    }
}
