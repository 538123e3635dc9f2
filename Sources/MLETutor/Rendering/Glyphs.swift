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

    public static let unicode = Glyphs(
        bullet: "•", check: "✓", pointer: "▸", horizontal: "─", vertical: "│", cross: "┼",
        corners: ("┌", "┐", "└", "┘"), barFilled: "━", barEmpty: "─", ellipsis: "…", separator: " · ")

    public static let ascii = Glyphs(
        bullet: "-", check: "*", pointer: ">", horizontal: "-", vertical: "|", cross: "+",
        corners: ("+", "+", "+", "+"), barFilled: "#", barEmpty: "-", ellipsis: "...", separator: " - ")
}

extension DisplayOptions {
    /// The glyph set for these options.
    public var glyphs: Glyphs { unicode ? .unicode : .ascii }
}
