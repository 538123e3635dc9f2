/// A grid of styled cells: what a view draws and what a driver shows.
///
/// Writes outside the grid are dropped, so a view can never corrupt memory or the screen by
/// drawing past an edge. `description` is the plain text, one line a row, for tests and `render`.
struct TextBuffer: Hashable, Sendable, CustomStringConvertible {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; reading outside gives a blank, writing outside is ignored.
    subscript(x: Int, y: Int) -> Cell {
        get {
            guard bounds.contains(x: x, y: y) else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard bounds.contains(x: x, y: y) else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Writes `text` from (`x`, `y`) to the right, stopping at `clip`'s right edge (the buffer's
    /// by default). A wide character (CJK, emoji) takes two cells, the second holding
    /// `Cell.continuation`; one that would straddle the edge is not drawn. A zero-width
    /// character takes none. Returns the number of columns written.
    @discardableResult
    mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil)
        -> Int
    {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return 0 }
        var column = x
        for character in text {
            if column >= area.maxX { break }
            if character.isASCII {
                if column >= area.x { cells[y * width + column] = Cell(character, style: style) }
                column += 1
                continue
            }
            let columns = character.displayColumns
            if columns == 0 { continue }
            if columns == 2 {
                guard column + 1 < area.maxX else { break }
                if column >= area.x { cells[y * width + column] = Cell(character, style: style) }
                if column + 1 >= area.x { cells[y * width + column + 1] = Cell(Cell.continuation, style: style) }
                column += 2
                continue
            }
            if column >= area.x {
                cells[y * width + column] = Cell(character, style: style)
            }
            column += 1
        }
        return max(0, min(column, area.maxX) - max(x, area.x))
    }

    /// Sets every cell of `rect` (clipped to the buffer) to `cell`.
    /// - Complexity: O(cells of `rect`). A cell that already holds `cell` is compared, not
    ///   stored: storing a `Character` retains and releases, so clearing a mostly blank area (a
    ///   plot redrawn on every key press) costs a fraction of overwriting it.
    mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let width = self.width
        cells.withUnsafeMutableBufferPointer { storage in
            for row in area.y..<area.maxY {
                // Styles first: they are cheap to compare, and a differing `Character` that is not
                // ASCII is compared after Unicode normalisation.
                for index in (row * width + area.x)..<(row * width + area.maxX)
                where storage[index].style != cell.style || storage[index].character != cell.character {
                    storage[index] = cell
                }
            }
        }
    }

    /// Changes the style of every cell of `rect`, keeping the characters.
    mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                change(&cells[row * width + column].style)
            }
        }
    }

    /// Copies `other` into this buffer with its top-left corner at (`x`, `y`), clipped.
    mutating func draw(_ other: TextBuffer, x: Int, y: Int) {
        for row in 0..<other.height {
            for column in 0..<other.width {
                self[x + column, y + row] = other[column, row]
            }
        }
    }

    /// Replaces every character outside ASCII with `?`: the last guard of the ASCII display,
    /// behind the transliteration of text as it is laid out.
    mutating func replaceNonASCII() {
        for index in cells.indices where !cells[index].character.isASCII {
            // A wide character becomes `?` and its second cell a space: two columns either way.
            cells[index].character = cells[index].character == Cell.continuation ? " " : "?"
        }
    }

    /// Row `y` as plain text, full width.
    func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for cell in cells[(y * width)..<(y * width + width)] where cell.character != Cell.continuation {
            text.append(cell.character)
        }
        return text
    }

    /// Every row as plain text, full width.
    var lines: [String] { (0..<height).map(line) }

    /// The rows as plain text with trailing spaces removed, joined by newlines.
    var description: String {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }
}
