import Testing

@testable import MLETutor

/// Bad data and odd rectangles: never a crash, never a write outside the rectangle.
@Suite struct PlotRobustnessTests {
    static let sentinel = Cell("§", style: Style(foreground: .magenta))

    static let awkwardValues: [Double] = [
        .nan, .infinity, -.infinity, 1e300, -1e300, 0, -0.0, 1e-300, .leastNonzeroMagnitude, 3, -2,
    ]

    func randomPlot(using generator: inout SplitMix64) -> Plot {
        func value() -> Double {
            Bool.random(using: &generator)
                ? Self.awkwardValues.randomElement(using: &generator)!
                : Double.random(in: -5...5, using: &generator)
        }
        func point() -> PlotPoint { PlotPoint(value(), value()) }
        func points() -> [PlotPoint] { (0..<Int.random(in: 0...8, using: &generator)).map { _ in point() } }
        let scale: AxisScale = Int.random(in: 0..<4, using: &generator) == 0 ? .log10 : .linear
        let fixed = Bool.random(using: &generator)
        let range: ClosedRange<Double>? = fixed ? (scale == .log10 ? 0.1...100 : -3...3) : nil
        var series: [PlotSeries] = [
            .curve { x in x * x - 1 / x },
            .line(points(), color: .green, label: "line"),
            .points(points(), marker: .circle, color: .red, label: "data"),
            .points(points(), marker: .dot, color: .red, label: nil),
            .segments(points().map { ($0, point()) }, color: .blue, label: nil),
            .verticalLine(x: value(), color: .yellow, label: "v"),
            .horizontalLine(y: value(), color: .yellow, label: nil),
            .marker(point(), marker: .star, color: .red, text: "a long label that will not fit"),
            .iterates(points(), color: .white, label: "path"),
            .histogram(edges: [value(), value(), value()], heights: [value(), value()], color: .blue, label: "bars"),
        ]
        if Bool.random(using: &generator) {
            series.insert(.surface(Surface(contourLevels: [value(), 0.5]) { x, y in x * y / (x - y) }), at: 0)
        }
        return Plot(
            x: PlotAxis(title: "θ", range: range, scale: scale), y: PlotAxis(title: "ℓ(θ)", range: range, scale: scale),
            series: series)
    }

    @Test func nothingIsWrittenOutsideTheRectangle() {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<300 {
            var buffer = TextBuffer(width: 70, height: 24, fill: Self.sentinel)
            let rect = Rect(
                x: Int.random(in: -10...60, using: &generator), y: Int.random(in: -5...20, using: &generator),
                width: Int.random(in: 0...80, using: &generator), height: Int.random(in: 0...30, using: &generator))
            let options = DisplayOptions(unicode: Bool.random(using: &generator), color: Bool.random(using: &generator))
            randomPlot(using: &generator).draw(into: &buffer, in: rect, options: options)
            for row in 0..<buffer.height {
                for column in 0..<buffer.width where !rect.contains(x: column, y: row) {
                    #expect(buffer[column, row] == Self.sentinel, "wrote at (\(column), \(row)) outside \(rect)")
                }
            }
        }
    }

    @Test(arguments: [(0, 0), (1, 1), (2, 1), (1, 5), (3, 2), (15, 5), (16, 6), (17, 7)])
    func tinyAreasDrawWhatFits(size: (Int, Int)) {
        for scene in PlotScene.allCases {
            var buffer = TextBuffer(width: 20, height: 10, fill: Self.sentinel)
            let rect = Rect(x: 2, y: 1, width: size.0, height: size.1)
            scene.plot.draw(into: &buffer, in: rect, options: .standard)
            let outside = buffer.cells.enumerated().filter { !rect.contains(x: $0.offset % 20, y: $0.offset / 20) }
            #expect(outside.allSatisfy { $0.element == Self.sentinel }, "\(scene) at \(size)")
        }
    }

    @Test func aCurveThatIsNaNOrInfiniteInPlacesBreaksThere() {
        let plot = Plot(
            x: PlotAxis(range: -1...1), y: PlotAxis(range: -1...1),
            series: [.curve { x in abs(x) < 0.3 ? .nan : (x > 0.8 ? .infinity : x) }])
        var buffer = TextBuffer(width: 40, height: 12)
        let layout = plot.draw(into: &buffer, in: buffer.bounds, options: .standard)
        let middle = layout.column(forX: 0)!
        #expect((layout.plotArea.y..<layout.plotArea.maxY).allSatisfy { buffer[middle, $0].character == " " })
        #expect(buffer[layout.column(forX: -0.9)!, layout.row(forY: -0.9)!].character != " ")
    }

    @Test func aGivenRangeThatCannotBeDrawnGivesWayToTheData() {
        // A log axis from 0, and a range that overflowed from extreme data: the values' extent is used.
        var buffer = TextBuffer(width: 40, height: 12)
        let points = [PlotPoint(1, 2), PlotPoint(10, 20)]
        let logFromZero = Plot(
            x: PlotAxis(range: 0...10, scale: .log10), y: PlotAxis(range: -.infinity...1),
            series: [.points(points, marker: .circle, color: .red, label: nil)]
        ).draw(into: &buffer, in: buffer.bounds, options: .standard)
        #expect(logFromZero.xTicks.allSatisfy { $0.value > 0 })
        #expect(logFromZero.yTicks.allSatisfy { $0.value.isFinite })
    }

    @Test func aConstantFunctionAndEmptyPlotsGetARange() {
        var buffer = TextBuffer(width: 40, height: 12)
        let flat = Plot(x: PlotAxis(range: 0...1), series: [.curve { _ in 5 }]).draw(
            into: &buffer, in: buffer.bounds, options: .standard)
        #expect(flat.yTicks.contains { $0.value == 5 })
        let empty = Plot().draw(into: &buffer, in: buffer.bounds, options: .standard)
        #expect(empty.xTicks.first?.value == 0 && empty.xTicks.last?.value == 1)
    }
}
