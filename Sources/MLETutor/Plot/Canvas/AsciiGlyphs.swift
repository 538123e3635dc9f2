/// ASCII characters as a canvas of 3×3 sub-pixels a cell, after UnicodePlots.jl's AsciiCanvas:
/// every one of the 512 masks is shown by the glyph whose own shape is nearest to it.
///
/// Bit `row × 3 + column` is the sub-pixel in that row (0 at the top) and column.
enum AsciiGlyphs {
    /// Glyphs and the sub-pixels they cover, earlier entries winning ties.
    private static let shapes: [(Character, [String])] = [
        ("-", ["...", "###", "..."]),
        ("_", ["...", "...", "###"]),
        ("-", ["###", "...", "..."]),
        ("|", [".#.", ".#.", ".#."]),
        ("|", ["#..", "#..", "#.."]),
        ("|", ["..#", "..#", "..#"]),
        ("/", ["..#", ".#.", "#.."]),
        ("\\", ["#..", ".#.", "..#"]),
        ("+", [".#.", "###", ".#."]),
        ("X", ["#.#", ".#.", "#.#"]),
        ("#", ["###", "###", "###"]),
        ("#", ["##.", "##.", "##."]),
        ("#", [".##", ".##", ".##"]),
        (".", ["...", "...", ".#."]),
        (".", ["...", "...", "#.."]),
        (".", ["...", "...", "..#"]),
        ("'", [".#.", "...", "..."]),
        ("`", ["#..", "...", "..."]),
        ("'", ["..#", "...", "..."]),
        ("*", ["...", ".#.", "..."]),
        (":", [".#.", "...", ".#."]),
        ("^", [".#.", "#.#", "..."]),
        ("v", ["...", "#.#", ".#."]),
        ("<", ["..#", "#..", "..#"]),
        (">", ["#..", "..#", "#.."]),
        ("L", ["#..", "#..", "###"]),
        ("J", ["..#", "..#", "###"]),
        ("r", ["###", "#..", "#.."]),
        ("7", ["###", "..#", "..#"]),
        ("=", ["###", "...", "###"]),
        ("T", ["###", ".#.", ".#."]),
        ("[", ["##.", "#..", "##."]),
        ("]", [".##", "..#", ".##"]),
    ]

    /// The glyph for every mask; index 0 (nothing set) is a space.
    static let characters: [Character] = {
        let masks = shapes.map { shape -> UInt16 in
            var mask: UInt16 = 0
            for (row, line) in shape.1.enumerated() {
                for (column, mark) in line.enumerated() where mark == "#" {
                    mask |= bit(column: column, row: row)
                }
            }
            return mask
        }
        return (0..<512).map { mask -> Character in
            guard mask != 0 else { return " " }
            var best = 0
            var bestDistance = Int.max
            for (index, shapeMask) in masks.enumerated() {
                let distance = (UInt16(mask) ^ shapeMask).nonzeroBitCount
                if distance < bestDistance {
                    best = index
                    bestDistance = distance
                }
            }
            return shapes[best].0
        }
    }()

    @inline(__always)
    static func bit(column: Int, row: Int) -> UInt16 {
        UInt16(1) << UInt16(row * 3 + column)
    }
}
