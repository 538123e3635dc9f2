/// A sequence of palette colours that a value from 0 to 1 is mapped onto, for heatmaps,
/// probability fields and their colour bars.
struct ColorScale: Hashable, Sendable {
    /// The colours from the low end (0) to the high end (1); at least one.
    let colors: [TerminalColor]

    init(colors: [TerminalColor]) {
        precondition(!colors.isEmpty, "a colour scale needs at least one colour")
        self.colors = colors
    }

    /// The colour for `fraction` (clamped to 0...1), each colour taking an equal share.
    @inline(__always)
    func color(at fraction: Double) -> TerminalColor {
        let clamped = min(max(fraction, 0), 1)
        let index = Int(clamped * Double(colors.count))
        return colors[min(index, colors.count - 1)]
    }

    /// Dark purple through teal to yellow, after matplotlib's viridis: ordered in lightness, so
    /// high likelihood reads as bright even to the colour-blind.
    static let viridis = ColorScale(colors: [
        .cube(red: 1, green: 0, blue: 1), .cube(red: 1, green: 0, blue: 2), .cube(red: 1, green: 1, blue: 3),
        .cube(red: 0, green: 1, blue: 3), .cube(red: 0, green: 2, blue: 3), .cube(red: 0, green: 2, blue: 2),
        .cube(red: 0, green: 3, blue: 2), .cube(red: 1, green: 3, blue: 2), .cube(red: 1, green: 4, blue: 1),
        .cube(red: 2, green: 4, blue: 1), .cube(red: 3, green: 4, blue: 0), .cube(red: 4, green: 5, blue: 0),
        .cube(red: 5, green: 5, blue: 0),
    ])

    /// Blue through pale grey to red, for probabilities of two classes (0 blue, 1 red).
    static let diverging = ColorScale(colors: [
        .cube(red: 0, green: 1, blue: 3), .cube(red: 1, green: 2, blue: 4), .cube(red: 2, green: 3, blue: 4),
        .cube(red: 3, green: 3, blue: 3), .cube(red: 4, green: 3, blue: 2), .cube(red: 4, green: 2, blue: 1),
        .cube(red: 3, green: 1, blue: 0),
    ])
}
