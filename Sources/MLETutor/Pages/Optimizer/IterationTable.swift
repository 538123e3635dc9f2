import MLECore

/// The last iterations of a run as a table: k, θ, ℓ(θ), the score and the step; in two
/// dimensions the score and step are shown by their lengths.
enum IterationTable {
    static let columnWidth = 12

    /// The header and up to `rows` of the latest iterations, oldest first.
    static func lines(_ path: [Iterate], names: [String], rows: Int) -> [String] {
        guard rows >= 2 else { return [] }
        let symbols = names.map(ReadoutFormat.symbol)
        let oneDimensional = names.count == 1
        let headings =
            ["k".leftPadded(to: 4)] + symbols.map { $0.leftPadded(to: columnWidth) }
            + [
                "ℓ".leftPadded(to: columnWidth), (oneDimensional ? "score" : "|score|").leftPadded(to: columnWidth),
                (oneDimensional ? "step" : "|step|").leftPadded(to: columnWidth),
            ]
        var lines = [headings.joined(separator: " ")]
        for iterate in path.suffix(rows - 1) {
            let score = oneDimensional ? iterate.score[0] : iterate.score.length
            let step = oneDimensional ? iterate.step[0] : iterate.step.length
            let cells =
                [String(iterate.number).leftPadded(to: 4)]
                + iterate.theta.values.map { number($0) }
                + [
                    ReadoutFormat.logLikelihood(iterate.logLikelihood, decimals: 4).leftPadded(to: columnWidth),
                    number(score), iterate.number == 0 ? "".leftPadded(to: columnWidth) : number(step),
                ]
            lines.append(cells.joined(separator: " "))
        }
        return lines
    }

    private static func number(_ x: Double) -> String {
        ReadoutFormat.significant(x, digits: 6).leftPadded(to: columnWidth)
    }
}

extension String {
    /// The string right-aligned in `width` columns (unchanged when longer).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
