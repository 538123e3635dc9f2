/// Draws the axes of a plot: the left and bottom lines with tick marks, the tick labels and
/// the axis titles (the y title above the y axis, the x title at the right end of the x axis).
enum AxisRenderer {
    static func draw(_ plot: Plot, layout: PlotLayout, buffer: inout TextBuffer, unicode: Bool) {
        guard layout.hasAxes else { return }
        let area = layout.plotArea
        let frame = layout.frame
        let axisColumn = area.x - 1
        let axisRow = area.maxY
        let glyphs = unicode
            ? (vertical: "│", horizontal: "─", yTick: "┤", xTick: "┬", corner: "└")
            : (vertical: "|", horizontal: "-", yTick: "+", xTick: "+", corner: "+")
        for row in area.y..<area.maxY {
            buffer.write(glyphs.vertical, x: axisColumn, y: row, style: .muted, clip: frame)
        }
        for column in area.x..<area.maxX {
            buffer.write(glyphs.horizontal, x: column, y: axisRow, style: .muted, clip: frame)
        }
        buffer.write(glyphs.corner, x: axisColumn, y: axisRow, style: .muted, clip: frame)
        for tick in layout.yTicks {
            guard let row = layout.row(forY: tick.value) else { continue }
            buffer.write(glyphs.yTick, x: axisColumn, y: row, style: .muted, clip: frame)
            buffer.write(tick.label, x: axisColumn - tick.label.count, y: row, clip: frame)
        }
        let labelRow = axisRow + 1
        let starts = PlotLayout.horizontalLabelStarts(layout.xTicks, axis: layout.x, area: area,
                                                      left: frame.x, limit: frame.maxX) ?? []
        for (tick, start) in zip(layout.xTicks, starts) {
            if let column = layout.column(forX: tick.value) {
                buffer.write(glyphs.xTick, x: column, y: axisRow, style: .muted, clip: frame)
            }
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
