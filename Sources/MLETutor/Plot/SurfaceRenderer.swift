/// Draws a `Surface`: the heatmap as half-blocks, contour lines onto the dot canvas, and the
/// colour bar.
enum SurfaceRenderer {
    /// Samples per side of the coarse grid that finds a surface's value range when none is set.
    static let rangeSamples = 24

    /// The values the colour scale spans: the surface's own range, or the least and greatest
    /// finite value on a coarse grid over the plot's ranges.
    static func valueRange(of surface: Surface, ranges: PlotRanges, xScale: AxisScale, yScale: AxisScale)
        -> ClosedRange<Double>
    {
        if let range = surface.valueRange { return drawable(range.lowerBound, range.upperBound) }
        var extent = DataExtent(scale: .linear)
        for j in 0...rangeSamples {
            let y = yScale.inverse(
                ranges.y.lowerBound + (ranges.y.upperBound - ranges.y.lowerBound) * Double(j) / Double(rangeSamples))
            for i in 0...rangeSamples {
                let x = xScale.inverse(
                    ranges.x.lowerBound + (ranges.x.upperBound - ranges.x.lowerBound) * Double(i) / Double(rangeSamples)
                )
                extent.add(surface.function(x, y))
            }
        }
        guard let lower = extent.lower, let upper = extent.upper else { return 0...1 }
        return drawable(lower, upper)
    }

    /// A range an axis can map: not empty (a flat surface gets a margin that survives rounding,
    /// even near 1e300) and with a finite span (values near ±1.8e308 are brought in).
    static func drawable(_ lower: Double, _ upper: Double) -> ClosedRange<Double> {
        let limit = Double.greatestFiniteMagnitude / 4
        var low = Swift.max(Swift.min(lower, limit), -limit)
        var high = Swift.max(Swift.min(upper, limit), -limit)
        if !(low < high) {
            let margin = Swift.max(1, Swift.abs(low) * 1e-6)
            low -= margin
            high += margin
        }
        return low...high
    }

    /// Paints the heatmap into the plot area of `buffer` and the contour lines onto `canvas`,
    /// which covers the same cells.
    static func draw(
        _ surface: Surface,
        valueRange: ClosedRange<Double>,
        layout: PlotLayout,
        canvas: inout DotCanvas,
        buffer: inout TextBuffer,
        options: DisplayOptions
    ) {
        let area = layout.plotArea
        var field = HalfBlockField(columns: area.width, rows: area.height)
        guard field.columns > 0, field.pixelHeight > 0 else { return }
        let rowsAxis = layout.y.resampled(to: field.pixelHeight)
        let xs = (0..<field.columns).map { layout.x.scale.inverse(layout.x.transformedCenter(ofPixel: $0)) }
        var values = [Double](repeating: .nan, count: field.columns * field.pixelHeight)
        let span = valueRange.upperBound - valueRange.lowerBound
        for j in 0..<field.pixelHeight {
            let y = rowsAxis.scale.inverse(rowsAxis.transformedCenter(ofPixel: j))
            for i in 0..<field.columns {
                let value = surface.function(xs[i], y)
                values[j * field.columns + i] = value
                if value.isFinite { field[i, j] = (value - valueRange.lowerBound) / span }
            }
        }
        field.render(into: &buffer, x: area.x, y: area.y, scale: surface.colorScale, options: options)
        drawContours(surface, values: values, field: field, canvas: &canvas)
    }

    /// Marching squares on the heatmap's own samples, so contours cost no extra evaluations.
    /// Sample (i, j) sits at the centre of field pixel (i, j), which is dot
    /// ((i + ½)·dotsAcross, (j + ½)·dotsDown / 2) of the canvas.
    private static func drawContours(
        _ surface: Surface, values: [Double], field: HalfBlockField, canvas: inout DotCanvas
    ) {
        let across = Double(canvas.kind.dotsAcross)
        let down = Double(canvas.kind.dotsDown) / 2
        let segments = MarchingSquares.segments(
            values: values, width: field.columns, height: field.pixelHeight,
            levels: surface.contourLevels)
        for segment in segments {
            canvas.line(
                Int((segment.x0 + 0.5) * across), Int((segment.y0 + 0.5) * down),
                Int((segment.x1 + 0.5) * across), Int((segment.y1 + 0.5) * down),
                color: surface.contourColor)
        }
    }

    /// The colour bar: the scale from low (bottom) to high (top) with its value labels.
    static func drawColorBar(
        _ colorBar: ColorBarLayout, scale: ColorScale, buffer: inout TextBuffer, options: DisplayOptions
    ) {
        let bar = colorBar.bar
        var field = HalfBlockField(columns: bar.width, rows: bar.height)
        for j in 0..<field.pixelHeight {
            let fraction = 1 - (Double(j) + 0.5) / Double(field.pixelHeight)
            for i in 0..<field.columns { field[i, j] = fraction }
        }
        field.render(into: &buffer, x: bar.x, y: bar.y, scale: scale, options: options)
        for tick in colorBar.ticks {
            guard let row = colorBar.mapping.pixel(of: tick.value) else { continue }
            buffer.write(tick.label, x: bar.maxX + 1, y: bar.y + row, style: .muted)
        }
    }
}
