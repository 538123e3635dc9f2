/// How a cell is drawn: colours (nil means the terminal's default) and attributes.
struct Style: Hashable, Sendable {
    var foreground: TerminalColor?
    var background: TerminalColor?
    var bold: Bool
    var dim: Bool
    var reverse: Bool
    var underline: Bool

    init(
        foreground: TerminalColor? = nil,
        background: TerminalColor? = nil,
        bold: Bool = false,
        dim: Bool = false,
        reverse: Bool = false,
        underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    static let plain = Style()

    /// The style with its colours removed, attributes kept: what a terminal without colour shows.
    var withoutColor: Style {
        var copy = self
        copy.foreground = nil
        copy.background = nil
        return copy
    }
}

/// The tutor's palette, named by role so that pages agree on what a colour means.
extension Style {
    static let title = Style(foreground: .cyan, bold: true)
    static let heading = Style(bold: true)
    static let strong = Style(bold: true)
    static let code = Style(foreground: .yellow)
    static let muted = Style(dim: true)
    static let accent = Style(foreground: .cyan)
    static let success = Style(foreground: .green, bold: true)
    static let failure = Style(foreground: .red, bold: true)
    static let selection = Style(reverse: true)
    static let keyName = Style(foreground: .cyan, bold: true)
}
