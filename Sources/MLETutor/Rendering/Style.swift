/// How a cell is drawn: colours (nil means the terminal's default) and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(
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

    public static let plain = Style()

    /// The style with its colours removed, attributes kept: what a terminal without colour shows.
    public var withoutColor: Style {
        var copy = self
        copy.foreground = nil
        copy.background = nil
        return copy
    }
}

/// The tutor's palette, named by role so that pages agree on what a colour means.
extension Style {
    public static let title = Style(foreground: .cyan, bold: true)
    public static let heading = Style(bold: true)
    public static let strong = Style(bold: true)
    public static let code = Style(foreground: .yellow)
    public static let muted = Style(dim: true)
    public static let accent = Style(foreground: .cyan)
    public static let success = Style(foreground: .green, bold: true)
    public static let failure = Style(foreground: .red, bold: true)
    public static let selection = Style(reverse: true)
    public static let keyName = Style(foreground: .cyan, bold: true)
}
