/// How a point is drawn: a single canvas dot, or a glyph that fills its cell.
enum PointMarker: Hashable, Sendable {
    /// One dot of the braille or ASCII canvas: many points, fine detail.
    case dot
    /// A character in the point's cell, with the character to use without Unicode.
    case glyph(unicode: Character, ascii: Character)

    static let circle = PointMarker.glyph(unicode: "●", ascii: "o")
    static let cross = PointMarker.glyph(unicode: "✕", ascii: "x")
    static let triangle = PointMarker.glyph(unicode: "▲", ascii: "^")
    static let diamond = PointMarker.glyph(unicode: "◆", ascii: "#")
    static let star = PointMarker.glyph(unicode: "★", ascii: "*")
    static let plus = PointMarker.glyph(unicode: "+", ascii: "+")

    /// The character to print in a cell (a full block stands in for `.dot` in a legend).
    func character(unicode: Bool) -> Character {
        switch self {
        case .dot: return unicode ? "⠂" : "."
        case .glyph(let unicodeGlyph, let asciiGlyph): return unicode ? unicodeGlyph : asciiGlyph
        }
    }
}
