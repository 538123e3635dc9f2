/// A one-line chart of a sequence, one cell per point: the loss over the steps of training.
enum Sparkline {
    static let unicodeLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// No `~`: a line ending in `~` reads as a cell cut short.
    static let asciiLevels: [Character] = ["_", ".", ",", "-", "+", "=", "*", "#"]

    /// The values resampled to at most `width` cells, the least value lowest and the greatest highest.
    static func line(_ values: [Double], width: Int, unicode: Bool) -> String {
        let finite = values.filter(\.isFinite)
        guard width > 0, let low = finite.min(), let high = finite.max() else { return "" }
        let levels = unicode ? unicodeLevels : asciiLevels
        let cells = min(width, values.count)
        return String(
            (0..<cells).map { cell in
                let index = cells == 1 ? values.count - 1 : cell * (values.count - 1) / (cells - 1)
                let value = values[index]
                guard value.isFinite else { return " " }
                let fraction = high > low ? (value - low) / (high - low) : 0
                return levels[min(levels.count - 1, Int(fraction * Double(levels.count)))]
            })
    }
}
