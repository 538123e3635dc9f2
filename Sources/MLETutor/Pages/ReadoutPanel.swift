/// The column of numbers beside a live page's plot: one styled line per readout, spelled for the
/// display (Greek letters by name in ASCII), cut at the panel's edge.
enum ReadoutPanel {
    /// The widest a panel gets; the plot takes the rest.
    static let preferredWidth = 34

    /// Splits `rect` into a plot on the left and a panel on the right, two columns apart.
    static func split(_ rect: Rect, panelWidth: Int = preferredWidth) -> (plot: Rect, panel: Rect) {
        let width = min(panelWidth, rect.width * 2 / 5)
        let (plot, rest) = rect.splitLeft(rect.width - width)
        return (plot, rest.inset(left: 2))
    }

    /// Draws `lines` from the top of `rect`, wrapping those that are too wide at spaces (the rest
    /// keep their spacing, so columns of numbers stay aligned).
    static func draw(_ lines: [StyledLine], into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        guard !rect.isEmpty else { return }
        let wrapped = lines.flatMap { line -> [StyledLine] in
            let spelled = line.runs.map { StyledRun(options.displayable($0.text), style: $0.style) }
            let line = StyledLine(spelled)
            return line.width <= rect.width ? [line] : TextWrapper.wrap(spelled, width: rect.width)
        }
        for (row, line) in wrapped.prefix(rect.height).enumerated() {
            buffer.write(line, x: rect.x, y: rect.y + row, clip: rect)
        }
    }

    /// A label and a value, the value in bold.
    static func entry(_ label: String, _ value: String) -> StyledLine {
        StyledLine([StyledRun(label + " "), StyledRun(value, style: .strong)])
    }

    /// A bar of `width` cells, filled in proportion to `done` of `total`, with the counts after it.
    static func progress(done: Int, total: Int, width: Int, glyphs: Glyphs) -> StyledLine {
        let filled = total > 0 ? width * min(done, total) / total : 0
        return StyledLine([
            StyledRun(String(repeating: glyphs.barFilled, count: filled), style: .accent),
            StyledRun(String(repeating: glyphs.barEmpty, count: width - filled), style: .muted),
            StyledRun(" \(done)/\(total)"),
        ])
    }
}
