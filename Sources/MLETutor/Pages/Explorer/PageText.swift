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
        let plotHeight = max(0, rect.height - top.count - bottom.count)
        let y = write(top, into: &buffer, y: rect.y, in: rect, options: options)
        drawPlot(&buffer, Rect(x: rect.x, y: y, width: rect.width, height: plotHeight))
        write(bottom, into: &buffer, y: y + plotHeight, in: rect, options: options)
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
