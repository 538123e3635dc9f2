import Testing

@testable import MLETutor

/// Tick labels over random ranges and sizes, as laid out: x labels apart, y labels on their own
/// rows, every label inside the frame.
@Suite struct PlotLabelLayoutTests {
    @Test func labelsNeverOverlapForRandomRangesAndSizes() throws {
        var generator = SplitMix64(seed: 31)
        for _ in 0..<400 {
            let scale = Double.random(in: -6...6, using: &generator)
            let lower = Double.random(in: -50...50, using: &generator) * AxisScale.power10(scale)
            let upper = lower + Double.random(in: 0.001...100, using: &generator) * AxisScale.power10(scale)
            let plot = Plot(
                x: PlotAxis(title: "θ", range: lower...upper), y: PlotAxis(title: "ℓ(θ)", range: lower...upper))
            let rect = Rect(
                x: 1, y: 1, width: Int.random(in: 16...140, using: &generator),
                height: Int.random(in: 6...40, using: &generator))
            var buffer = TextBuffer(width: 150, height: 45)
            let layout = plot.draw(into: &buffer, in: rect, options: .standard)
            let starts = try #require(
                PlotLayout.horizontalLabelStarts(
                    layout.xTicks, axis: layout.x, area: layout.plotArea,
                    left: rect.x, limit: rect.maxX))
            for (index, start) in starts.enumerated() {
                #expect(start >= rect.x && start + layout.xTicks[index].label.count <= rect.maxX)
                if index > 0 { #expect(start >= starts[index - 1] + layout.xTicks[index - 1].label.count + 2) }
                #expect(buffer.line(layout.plotArea.maxY + 1).contains(layout.xTicks[index].label))
            }
            let rows = layout.yTicks.compactMap { layout.row(forY: $0.value) }
            #expect(rows.count == layout.yTicks.count)
            for (above, below) in zip(rows.dropFirst(), rows) { #expect(below - above >= 2) }
            for tick in layout.yTicks { #expect(tick.label.count < layout.plotArea.x - rect.x) }
        }
    }
}
