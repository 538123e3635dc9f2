/// Draws the legend: a sample of each labelled layer in its colour, then its label, on a
/// cleared background so that no dots run through it. It goes in the corner of the plot area
/// where it hides the fewest drawn cells (top right when there is a tie).
enum LegendRenderer {
    static func draw(
        _ series: [PlotSeries],
        in area: Rect,
        buffer: inout TextBuffer,
        unicode: Bool,
        isOccupied: (Int, Int) -> Bool
    ) {
        let entries = series.compactMap { $0.legendEntry(unicode: unicode) }
        guard !entries.isEmpty else { return }
        let width = entries.map { $0.sample.count + 1 + $0.label.count }.max()! + 2
        // Only where the legend leaves most of the plot visible.
        guard width <= area.width / 2, entries.count <= area.height / 2 else { return }
        let corners = [
            Rect(x: area.maxX - width, y: area.y, width: width, height: entries.count),
            Rect(x: area.x, y: area.y, width: width, height: entries.count),
            Rect(x: area.maxX - width, y: area.maxY - entries.count, width: width, height: entries.count),
            Rect(x: area.x, y: area.maxY - entries.count, width: width, height: entries.count),
        ]
        let hidden = corners.map { corner in
            (corner.y..<corner.maxY).reduce(0) { count, row in
                count + (corner.x..<corner.maxX).filter { isOccupied($0, row) }.count
            }
        }
        let box = corners[hidden.indices.min { hidden[$0] < hidden[$1] }!]
        buffer.fill(box)
        for (index, entry) in entries.enumerated() {
            let row = box.y + index
            let written = buffer.write(
                entry.sample, x: box.x + 1, y: row, style: Style(foreground: entry.color), clip: box)
            buffer.write(entry.label, x: box.x + 2 + written, y: row, clip: box)
        }
    }
}
