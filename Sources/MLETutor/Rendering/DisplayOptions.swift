/// What the terminal can show, decided once at start-up and passed to every view.
public struct DisplayOptions: Hashable, Sendable {
    /// Unicode glyphs (braille, box drawing, ✓, θ); false selects the ASCII fallback.
    public var unicode: Bool
    /// Colours; false when `NO_COLOR` or `--no-color` is set or the terminal has none.
    public var color: Bool

    public init(unicode: Bool = true, color: Bool = true) {
        self.unicode = unicode
        self.color = color
    }

    public static let standard = DisplayOptions()
    public static let ascii = DisplayOptions(unicode: false, color: true)
}
