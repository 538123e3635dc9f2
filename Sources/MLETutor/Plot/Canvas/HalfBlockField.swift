/// A field of shades, two pixels a cell stacked vertically, for surfaces and probability fields.
///
/// With colour each cell is "▄": its foreground paints the lower pixel and its background the
/// upper one. Without Unicode it is a space on the mean colour; without colour it is a shading
/// character for the mean value, light to dark.
struct HalfBlockField: Sendable {
    let columns: Int
    let rows: Int
    /// Values scaled to 0...1, row-major, `columns × 2·rows`; NaN leaves a pixel unpainted.
    private(set) var values: [Double]

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        values = Array(repeating: .nan, count: self.columns * self.rows * 2)
    }

    var pixelHeight: Int { rows * 2 }

    subscript(x: Int, y: Int) -> Double {
        get { values[y * columns + x] }
        set { values[y * columns + x] = newValue }
    }

    // Light shades only: markers, contours and labels drawn over the field must stay legible.
    static let unicodeShades: [Character] = [" ", "░", "▒", "▓"]
    static let asciiShades: [Character] = [" ", ".", ":", "-", "=", "+", "*"]

    /// Writes every cell into `buffer` with its top-left corner at (x, y).
    func render(into buffer: inout TextBuffer, x: Int, y: Int, scale: ColorScale, options: DisplayOptions) {
        for row in 0..<rows {
            for column in 0..<columns {
                let upper = self[column, 2 * row]
                let lower = self[column, 2 * row + 1]
                buffer[x + column, y + row] = cell(upper: upper, lower: lower, scale: scale, options: options)
            }
        }
    }

    private func cell(upper: Double, lower: Double, scale: ColorScale, options: DisplayOptions) -> Cell {
        if options.color && options.unicode {
            if lower.isNaN && !upper.isNaN {
                return Cell("▀", style: Style(foreground: scale.color(at: upper)))
            }
            let style = Style(
                foreground: lower.isNaN ? nil : scale.color(at: lower),
                background: upper.isNaN ? nil : scale.color(at: upper))
            return lower.isNaN ? .blank : Cell("▄", style: style)
        }
        let mean = upper.isNaN ? lower : (lower.isNaN ? upper : (upper + lower) / 2)
        guard !mean.isNaN else { return .blank }
        if options.color {
            return Cell(" ", style: Style(background: scale.color(at: mean)))
        }
        let shades = options.unicode ? Self.unicodeShades : Self.asciiShades
        let index = Int(min(max(mean, 0), 1) * Double(shades.count - 1) + 0.5)
        return Cell(shades[index])
    }
}
