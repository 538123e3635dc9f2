/// A canvas of sub-pixel dots over a grid of cells: braille (2×4 dots a cell) or ASCII (3×3).
///
/// Pixel (0, 0) is the top-left dot. A cell has one colour, that of the last dot set in it, as
/// a terminal cell has one foreground colour.
struct DotCanvas: Sendable {
    /// How cells are divided into dots and printed.
    enum Kind: Hashable, Sendable {
        case braille
        case ascii

        var dotsAcross: Int { self == .braille ? 2 : 3 }
        var dotsDown: Int { self == .braille ? 4 : 3 }
    }

    let kind: Kind
    let columns: Int
    let rows: Int
    private var masks: [UInt16]
    private var colors: [TerminalColor?]
    /// Width in dots.
    let pixelWidth: Int
    /// Height in dots.
    let pixelHeight: Int

    init(kind: Kind, columns: Int, rows: Int) {
        self.kind = kind
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        pixelWidth = self.columns * kind.dotsAcross
        pixelHeight = self.rows * kind.dotsDown
        masks = Array(repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
    }

    /// Sets the dot at (x, y); dots outside the canvas are ignored.
    @inline(__always)
    mutating func set(_ x: Int, _ y: Int, color: TerminalColor?) {
        guard x >= 0, y >= 0, x < pixelWidth, y < pixelHeight else { return }
        let cell: Int
        switch kind {
        case .braille:
            // Shifts rather than divisions: this runs for every dot of every line.
            cell = (y >> 2) * columns + (x >> 1)
            masks[cell] |= BrailleGlyphs.bit(column: x & 1, row: y & 3)
        case .ascii:
            let (column, dotColumn) = x.quotientAndRemainder(dividingBy: 3)
            let (row, dotRow) = y.quotientAndRemainder(dividingBy: 3)
            cell = row * columns + column
            masks[cell] |= AsciiGlyphs.bit(column: dotColumn, row: dotRow)
        }
        colors[cell] = color
    }

    /// Sets every dot of the straight line between two dots, ends included.
    mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, color: TerminalColor?) {
        Bresenham.line(x0, y0, x1, y1) { x, y in set(x, y, color: color) }
    }

    /// Whether any dot of the cell is set.
    func isSet(column: Int, row: Int) -> Bool {
        masks[row * columns + column] != 0
    }

    /// The glyph of a cell (a space when it has no dots).
    func character(column: Int, row: Int) -> Character {
        let mask = Int(masks[row * columns + column])
        return kind == .braille ? BrailleGlyphs.characters[mask] : AsciiGlyphs.characters[mask]
    }

    /// Writes the cells that have dots into `buffer` with their top-left corner at (x, y),
    /// keeping each cell's background so that dots sit on a shaded region.
    func render(into buffer: inout TextBuffer, x: Int, y: Int, color useColor: Bool) {
        for (index, mask) in masks.enumerated() where mask != 0 {
            let (row, column) = index.quotientAndRemainder(dividingBy: columns)
            var style = buffer[x + column, y + row].style
            style.foreground = useColor ? colors[index] : nil
            buffer[x + column, y + row] = Cell(character(column: column, row: row), style: style)
        }
    }
}
