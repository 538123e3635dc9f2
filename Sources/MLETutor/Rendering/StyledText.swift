/// A run of text in one style.
struct StyledRun: Hashable, Sendable {
    var text: String
    var style: Style

    init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line of styled text: runs drawn left to right.
struct StyledLine: Hashable, Sendable {
    var runs: [StyledRun]

    init(_ runs: [StyledRun] = []) {
        self.runs = runs
    }

    init(_ text: String, style: Style = .plain) {
        self.runs = [StyledRun(text, style: style)]
    }

    /// The number of columns the line takes.
    var width: Int { runs.reduce(0) { $0 + $1.text.count } }

    var plainText: String { runs.map(\.text).joined() }

    static let empty = StyledLine()
}

extension TextBuffer {
    /// Draws `line` from (`x`, `y`), clipped to `clip`. Returns the columns written.
    @discardableResult
    mutating func write(_ line: StyledLine, x: Int, y: Int, clip: Rect? = nil) -> Int {
        var column = x
        for run in line.runs {
            write(run.text, x: column, y: y, style: run.style, clip: clip)
            column += run.text.count
        }
        return column - x
    }
}
