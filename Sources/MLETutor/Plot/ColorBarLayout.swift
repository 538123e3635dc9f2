/// The colour bar of a surface: a two-column strip of the colour scale, low at the bottom, with
/// nice value ticks beside it.
struct ColorBarLayout: Sendable {
    /// The surface values that the colour scale spans.
    let valueRange: ClosedRange<Double>
    /// The values over the bar's rows, flipped (the highest value on top).
    let mapping: AxisMapping
    let ticks: [AxisTick]
    let labelWidth: Int
    /// The strip itself; set by `place(rightOf:)` once the plot area is known.
    private(set) var bar = Rect(x: 0, y: 0, width: 0, height: 0)

    /// A gap, the two-column strip, a space, then the labels.
    var width: Int { 4 + labelWidth }

    init(surface: Surface, ranges: PlotRanges, plot: Plot, rows: Int, maximumLabelWidth: Int) {
        valueRange = SurfaceRenderer.valueRange(of: surface, ranges: ranges, xScale: plot.x.scale, yScale: plot.y.scale)
        mapping = AxisMapping(
            lower: valueRange.lowerBound, upper: valueRange.upperBound, count: rows, scale: .linear, flipped: true)
        ticks = PlotLayout.verticalTicks(for: mapping, maximumLabelWidth: maximumLabelWidth)
        labelWidth = ticks.map(\.label.count).max() ?? 0
    }

    mutating func place(rightOf area: Rect) {
        bar = Rect(x: area.maxX + 1, y: area.y, width: 2, height: area.height)
    }
}
