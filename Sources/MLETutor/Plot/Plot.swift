/// A plot described as a value: two axes and a list of layers, drawn into a rectangle of a
/// `TextBuffer` by `draw`.
///
/// Curves and lines are drawn on a braille canvas (2×4 dots a cell) or, without Unicode, an
/// ASCII canvas (3×3); a surface is drawn in half-blocks underneath. Nothing is written outside
/// the rectangle, and any rectangle, from 0×0 up, is accepted: a small one gets no axes.
///
/// ```swift
/// let plot = Plot(
///     x: PlotAxis(title: "θ", range: 0...1),
///     y: PlotAxis(title: "L(θ)/L(θ̂)"),
///     series: [
///         .relativeLikelihood(maximum: peak, label: "L") { theta in logLikelihood(theta) },
///         .verticalLine(x: slider, color: .yellow, label: "θ"),
///         .marker(PlotPoint(0.7, 1), marker: .diamond, color: .red, text: "θ̂ = 0.7"),
///     ])
/// let layout = plot.draw(into: &buffer, in: area, options: options)
/// ```
struct Plot: Sendable {
    var x: PlotAxis
    var y: PlotAxis
    /// The layers, drawn in order (a surface first, whatever its place).
    var series: [PlotSeries]
    /// Whether labelled layers are listed in the top-right corner.
    var showsLegend: Bool

    init(x: PlotAxis = PlotAxis(), y: PlotAxis = PlotAxis(), series: [PlotSeries] = [], showsLegend: Bool = true) {
        self.x = x
        self.y = y
        self.series = series
        self.showsLegend = showsLegend
    }

    /// The first surface layer, which is the one drawn.
    var surface: Surface? {
        for layer in series {
            if case .surface(let surface) = layer { return surface }
        }
        return nil
    }

    /// Draws the plot into `rect` of `buffer` (cleared first) and returns the layout used. Titles
    /// and labels are spelled for the display first (`displayable(_:)`), so the layout measures
    /// the strings that are drawn: `theta` in ASCII, not θ.
    /// - Complexity: O(cells of `rect` + samples of the layers).
    @discardableResult
    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) -> PlotLayout {
        displayable(options).drawSpelled(into: &buffer, in: rect, options: options)
    }

    private func drawSpelled(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) -> PlotLayout {
        let ranges = PlotRanges(plot: self)
        let layout = PlotLayout(plot: self, ranges: ranges, in: rect)
        buffer.fill(rect)
        let area = layout.plotArea
        guard !area.isEmpty else { return layout }
        var canvas = DotCanvas(kind: options.unicode ? .braille : .ascii, columns: area.width, rows: area.height)
        if let surface {
            let valueRange =
                layout.colorBar?.valueRange
                ?? SurfaceRenderer.valueRange(of: surface, ranges: ranges, xScale: x.scale, yScale: y.scale)
            SurfaceRenderer.draw(
                surface, valueRange: valueRange, layout: layout, canvas: &canvas, buffer: &buffer, options: options)
            if let colorBar = layout.colorBar {
                SurfaceRenderer.drawColorBar(colorBar, scale: surface.colorScale, buffer: &buffer, options: options)
            }
        }
        var rasterizer = SeriesRasterizer(canvas: consume canvas, layout: layout, unicode: options.unicode)
        for layer in series { rasterizer.draw(layer) }
        rasterizer.canvas.render(into: &buffer, x: area.x, y: area.y, color: options.color)
        for overlay in rasterizer.overlays { overlay.render(into: &buffer, clip: area) }
        if showsLegend {
            let drawn = rasterizer.canvas
            let rows = buffer.height
            let overlaid = Set(
                rasterizer.overlays.flatMap { overlay in
                    (0..<overlay.text.count).map { (overlay.column + $0) * rows + overlay.row }
                })
            LegendRenderer.draw(series, in: area, buffer: &buffer, unicode: options.unicode) { column, row in
                drawn.isSet(column: column - area.x, row: row - area.y) || overlaid.contains(column * rows + row)
            }
        }
        AxisRenderer.draw(self, layout: layout, buffer: &buffer, unicode: options.unicode)
        if !options.color { buffer.restyle(rect) { $0 = $0.withoutColor } }
        return layout
    }
}
