/// Draws the axes of a plot: the left and bottom lines with tick marks, the tick labels and
/// the axis titles (the y title above the y axis, the x title at the right end of the x axis).
enum AxisRenderer {
    static func draw(_ plot: Plot, layout: PlotLayout, buffer: inout TextBuffer, unicode: Bool) {
        guard layout.hasAxes else { return }
        let area = layout.plotArea
        let frame = layout.frame
        let axisColumn = area.x - 1
        let axisRow = area.maxY
        let glyphs =
            unicode
            ? (
                vertical: Cell("│", style: .muted), horizontal: Cell("─", style: .muted),
                yTick: Cell("┤", style: .muted), xTick: Cell("┬", style: .muted), corner: Cell("└", style: .muted)
            )
            : (
                vertical: Cell("|", style: .muted), horizontal: Cell("-", style: .muted),
                yTick: Cell("+", style: .muted), xTick: Cell("+", style: .muted), corner: Cell("+", style: .muted)
            )
        // Cells are set directly rather than written as strings: the axes are most of the text
        // of a plot, redrawn on every key press.
        func put(_ cell: Cell, _ column: Int, _ row: Int) {
            if frame.contains(x: column, y: row) { buffer[column, row] = cell }
        }
        for row in area.y..<area.maxY { put(glyphs.vertical, axisColumn, row) }
        for column in area.x..<area.maxX { put(glyphs.horizontal, column, axisRow) }
        put(glyphs.corner, axisColumn, axisRow)
        for tick in layout.yTicks {
            guard let row = layout.row(forY: tick.value) else { continue }
            put(glyphs.yTick, axisColumn, row)
            buffer.write(tick.label, x: axisColumn - tick.label.count, y: row, clip: frame)
        }
        let labelRow = axisRow + 1
        let starts =
            PlotLayout.horizontalLabelStarts(
                layout.xTicks, axis: layout.x, area: area,
                left: frame.x, limit: frame.maxX) ?? []
        for (tick, start) in zip(layout.xTicks, starts) {
            if let column = layout.column(forX: tick.value) { put(glyphs.xTick, column, axisRow) }
            buffer.write(tick.label, x: start, y: labelRow, clip: frame)
        }
        if !plot.x.title.isEmpty {
            buffer.write(plot.x.title, x: area.maxX + 1, y: axisRow, style: .accent, clip: frame)
        }
        if !plot.y.title.isEmpty {
            buffer.write(plot.y.title, x: frame.x, y: frame.y, style: .accent, clip: frame)
        }
    }
}
