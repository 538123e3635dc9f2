/// The characters the tutor draws its furniture with, in Unicode or in plain ASCII.
struct Glyphs: Sendable {
    var bullet: String
    var check: String
    var pointer: String
    var horizontal: Character
    var vertical: Character
    var cross: Character
    var corners: (topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character)
    var barFilled: Character
    var barEmpty: Character
    var ellipsis: String
    var separator: String
    /// The mark of a wrong answer.
    var wrong: String
    /// Key names for the help bar.
    var upDown: String
    var leftRight: String
    var arrows: String

    static let unicode = Glyphs(
        bullet: "•", check: "✓", pointer: "▸", horizontal: "─", vertical: "│", cross: "┼",
        corners: ("┌", "┐", "└", "┘"), barFilled: "━", barEmpty: "─", ellipsis: "…", separator: " · ",
        wrong: "✗", upDown: "↑↓", leftRight: "←→", arrows: "←→↑↓")

    static let ascii = Glyphs(
        bullet: "-", check: "*", pointer: ">", horizontal: "-", vertical: "|", cross: "+",
        corners: ("+", "+", "+", "+"), barFilled: "#", barEmpty: "-", ellipsis: "...", separator: " - ",
        wrong: "x", upDown: "up/down", leftRight: "left/right", arrows: "arrows")
}

extension DisplayOptions {
    /// The glyph set for these options.
    var glyphs: Glyphs { unicode ? .unicode : .ascii }
}
