/// Braille patterns as a canvas of 2×4 dots a cell (U+2800 plus one bit a dot).
enum BrailleGlyphs {
    /// The bit of each dot of a cell, row by row, left dot first. The order is Unicode's, which
    /// numbers the bottom row last because it was added to six-dot braille later.
    static let bits: [UInt16] = [0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80]

    /// The 256 braille characters, built once so that rendering a frame creates no strings; an
    /// empty cell is a space rather than the blank braille pattern, as everywhere else.
    static let characters: [Character] = (0..<256).map {
        $0 == 0 ? " " : Character(Unicode.Scalar(0x2800 + UInt32($0))!)
    }

    /// The bit of the dot in `column` (0–1) and `row` (0–3) of a cell.
    @inline(__always)
    static func bit(column: Int, row: Int) -> UInt16 {
        bits[row * 2 + column]
    }
}
