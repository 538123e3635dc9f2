/// A colour from the terminal's 256-colour palette: 0–7 the standard colours, 8–15 their bright
/// variants, 16–231 a 6×6×6 colour cube and 232–255 a grey ramp.
struct TerminalColor: Hashable, Sendable {
    let index: UInt8

    init(index: UInt8) {
        self.index = index
    }

    static let black = TerminalColor(index: 0)
    static let red = TerminalColor(index: 1)
    static let green = TerminalColor(index: 2)
    static let yellow = TerminalColor(index: 3)
    static let blue = TerminalColor(index: 4)
    static let magenta = TerminalColor(index: 5)
    static let cyan = TerminalColor(index: 6)
    static let white = TerminalColor(index: 7)
    static let brightBlack = TerminalColor(index: 8)

    /// A colour of the 6×6×6 cube; each component runs from 0 to 5.
    static func cube(red: Int, green: Int, blue: Int) -> TerminalColor {
        precondition(
            (0...5).contains(red) && (0...5).contains(green) && (0...5).contains(blue),
            "cube components run from 0 to 5")
        return TerminalColor(index: UInt8(16 + 36 * red + 6 * green + blue))
    }

    /// A grey of the ramp, from 0 (darkest) to 23 (lightest).
    static func grey(_ level: Int) -> TerminalColor {
        precondition((0...23).contains(level), "grey levels run from 0 to 23")
        return TerminalColor(index: UInt8(232 + level))
    }

    /// True for the eight colours every colour terminal has.
    var isBasic: Bool { index < 8 }
}
