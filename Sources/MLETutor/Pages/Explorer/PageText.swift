/// The lines of text above and below a plot on the explorer pages.
enum PageText {
    /// The prompt wrapped to `width`, at most two lines, spelled for `options` first.
    static func prompt(_ prompt: String?, width: Int, options: DisplayOptions = .standard) -> [(String, Style)] {
        guard let prompt else { return [] }
        return wrapped(prompt, style: .plain, width: width, options: options)
    }

    /// `text` wrapped to `width`, at most `lines` lines. The text is spelled for the display
    /// before it is wrapped (σ becomes `sigma` in ASCII), so no line outgrows the width after.
    static func wrapped(
        _ text: String, style: Style, width: Int, lines: Int = 2, options: DisplayOptions = .standard
    ) -> [(String, Style)] {
        TextWrapper.wrap([StyledRun(options.displayable(text))], width: width).prefix(lines).map {
            ($0.plainText, style)
        }
    }

    /// The live plot pages' layout: `top` lines, then the plot in the rows the text leaves
    /// (`drawPlot` is handed that rect), then `bottom` lines.
    static func layout(
        top: [(String, Style)], bottom: [(String, Style)], into buffer: inout TextBuffer, in rect: Rect,
        options: DisplayOptions, drawPlot: (inout TextBuffer, Rect) -> Void
    ) {
        let top = fitted(top, width: rect.width, options: options)
        let bottom = fitted(bottom, width: rect.width, options: options)
        let plotHeight = max(0, rect.height - top.count - bottom.count)
        let y = write(top, into: &buffer, y: rect.y, in: rect, options: options)
        drawPlot(&buffer, Rect(x: rect.x, y: y, width: rect.width, height: plotHeight))
        write(bottom, into: &buffer, y: y + plotHeight, in: rect, options: options)
    }

    /// The separator between the readouts of one line (`μ = 2.50   L(μ) = …   ℓ(μ) = …`).
    static let readoutSeparator = "   "

    /// `lines` spelled for the display, each line wider than `width` broken between its readouts
    /// (first by closing them up to two spaces, then onto more lines), so a number is never cut
    /// at the edge. A single readout wider than the line is left to be clipped.
    static func fitted(_ lines: [(String, Style)], width: Int, options: DisplayOptions) -> [(String, Style)] {
        lines.flatMap { text, style -> [(String, Style)] in
            let spelled = options.displayable(text)
            guard spelled.displayColumns > width, spelled.contains(readoutSeparator) else { return [(spelled, style)] }
            let indent = String(spelled.prefix { $0 == " " })
            let parts = spelled.dropFirst(indent.count).components(separatedBy: readoutSeparator)
                .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            let closed = indent + parts.joined(separator: "  ")
            if closed.displayColumns <= width { return [(closed, style)] }
            var rows: [String] = []
            for part in parts {
                if let last = rows.last, (last + readoutSeparator + part).displayColumns <= width {
                    rows[rows.count - 1] = last + readoutSeparator + part
                } else {
                    rows.append(indent + part)
                }
            }
            return rows.map { ($0, style) }
        }
    }

    /// Writes `lines` from row `y` down, clipped to `rect`; returns the row after the last.
    @discardableResult
    static func write(
        _ lines: [(String, Style)], into buffer: inout TextBuffer, y: Int, in rect: Rect,
        options: DisplayOptions
    ) -> Int {
        var row = y
        for (text, style) in lines {
            buffer.write(options.displayable(text), x: rect.x, y: row, style: style, clip: rect)
            row += 1
        }
        return row
    }
}

extension ParameterSlider {
    /// What a key did to the slider.
    enum Response {
        case moved
        /// It would have left the range or the parameter's domain.
        case blocked
        case restepped
    }

    /// Moves or re-steps the slider for the keys it owns (←/→, h/l, [ and ]); nil for any other
    /// key. `allowed` rejects positions outside the domain.
    mutating func handle(_ key: Key, allowed: (Double) -> Bool) -> Response? {
        switch key {
        case .left, .character("h"): return move(by: -1, allowed: allowed) ? .moved : .blocked
        case .right, .character("l"): return move(by: 1, allowed: allowed) ? .moved : .blocked
        case .character("["):
            finer()
            return .restepped
        case .character("]"):
            coarser()
            return .restepped
        default:
            return nil
        }
    }
}
