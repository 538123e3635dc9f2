/// The characters the tutor draws its furniture with, in Unicode or in plain ASCII.
public struct Glyphs: Sendable {
    public var bullet: String
    public var check: String
    public var pointer: String
    public var horizontal: Character
    public var vertical: Character
    public var cross: Character
    public var corners: (topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character)
    public var barFilled: Character
    public var barEmpty: Character
    public var ellipsis: String
    public var separator: String
    /// The mark of a wrong answer.
    public var wrong: String
    /// Key names for the help bar.
    public var upDown: String
    public var leftRight: String
    public var arrows: String

    public static let unicode = Glyphs(
        bullet: "•", check: "✓", pointer: "▸", horizontal: "─", vertical: "│", cross: "┼",
        corners: ("┌", "┐", "└", "┘"), barFilled: "━", barEmpty: "─", ellipsis: "…", separator: " · ",
        wrong: "✗", upDown: "↑↓", leftRight: "←→", arrows: "←→↑↓")

    public static let ascii = Glyphs(
        bullet: "-", check: "*", pointer: ">", horizontal: "-", vertical: "|", cross: "+",
        corners: ("+", "+", "+", "+"), barFilled: "#", barEmpty: "-", ellipsis: "...", separator: " - ",
        wrong: "x", upDown: "up/down", leftRight: "left/right", arrows: "arrows")
}

extension DisplayOptions {
    /// The glyph set for these options.
    public var glyphs: Glyphs { unicode ? .unicode : .ascii }
}
