/// Text placed on top of the canvas at a cell: a marker glyph, an iterate's number, a label.
struct CellOverlay: Hashable, Sendable {
    var column: Int
    var row: Int
    var text: String
    var color: TerminalColor
    var bold: Bool

    /// Writes the text into `buffer`, clipped to `area`, keeping each cell's background so that
    /// a marker on a shaded field still shows the shade around it.
    func render(into buffer: inout TextBuffer, clip area: Rect) {
        guard row >= area.y, row < area.maxY else { return }
        var column = self.column
        for character in text {
            if column >= area.maxX { break }
            if column >= area.x {
                let background = buffer[column, row].style.background
                buffer[column, row] = Cell(
                    character, style: Style(foreground: color, background: background, bold: bold))
            }
            column += 1
        }
    }
}
