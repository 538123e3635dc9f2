/// What the terminal can show, decided once at start-up and passed to every view.
struct DisplayOptions: Hashable, Sendable {
    /// Unicode glyphs (braille, box drawing, ✓, θ); false selects the ASCII fallback.
    var unicode: Bool
    /// Colours; false when `NO_COLOR` or `--no-color` is set or the terminal has none.
    var color: Bool

    init(unicode: Bool = true, color: Bool = true) {
        self.unicode = unicode
        self.color = color
    }

    static let standard = DisplayOptions()
    static let ascii = DisplayOptions(unicode: false, color: true)
}
