import RealModule

/// How well a fitted distribution matches the data: Kolmogorov–Smirnov for continuous data,
/// Pearson's chi-square with pooled cells for counts.
public enum GoodnessOfFit: Sendable, Hashable {
    /// D = sup |Fₙ(x) − F(x)| and its p-value P(Dₙ ≥ D) from the exact distribution of Dₙ
    /// (`KolmogorovDistribution`, the limit distribution only for large n). With the parameters
    /// estimated from the same data the p-value is too large (the fit has already pulled F
    /// towards Fₙ): read it as an upper bound, not an exact probability.
    case kolmogorovSmirnov(statistic: Double, pValue: Double)
    /// Σ (observed − expected)²/expected over cells pooled until each expects at least 5, with
    /// cells − 1 − (parameters estimated) degrees of freedom.
    case chiSquare(statistic: Double, degreesOfFreedom: Int, pValue: Double, cells: Int)
    /// Too few cells or values for a test.
    case notApplicable(reason: String)

    /// The statistic for `values` against the fitted `distribution` with `estimated` free
    /// parameters: KS for a continuous support, chi-square for a discrete one.
    public static func test(_ values: [Double], against distribution: any CumulativeDistribution, estimated: Int)
        -> GoodnessOfFit
    {
        guard !values.isEmpty else { return .notApplicable(reason: "no data") }
        let sorted = values.sorted()
        if distribution.support.isDiscrete {
            return chiSquare(sorted, distribution, estimated: estimated)
        }
        let n = Double(sorted.count)
        var d = 0.0
        for (i, x) in sorted.enumerated() {
            let f = distribution.cdf(x)
            d = max(d, Double(i + 1) / n - f, f - Double(i) / n)
        }
        return .kolmogorovSmirnov(statistic: d, pValue: KolmogorovDistribution.survival(d, n: sorted.count))
    }

    /// P(K > λ) = 2 Σ (−1)^(k−1) e^(−2k²λ²), Kolmogorov's limit distribution.
    static func kolmogorovSurvival(_ lambda: Double) -> Double {
        guard lambda > 0.2 else { return 1 }
        var sum = 0.0
        for k in 1...100 {
            let term = Double.exp(-2 * Double(k * k) * lambda * lambda)
            sum += (k % 2 == 1 ? term : -term)
            if term < 1e-18 { break }
        }
        return min(1, max(0, 2 * sum))
    }

    private static func chiSquare(_ sorted: [Double], _ distribution: any CumulativeDistribution, estimated: Int)
        -> GoodnessOfFit
    {
        let n = Double(sorted.count)
        let top = sorted.last ?? 0
        // Cells k = 0, 1, 2, … pooled left to right until each expects ≥ 5, the last one open (k and
        // beyond). It opens at the largest count, or as soon as what is left expects fewer than 5 (no
        // further cell could be closed, so the walk to a count of 1e15 is not taken), or after
        // `maximumCells` counts.
        let maximumCells = 100_000.0
        var cells: [(observed: Double, expected: Double)] = []
        var observed = 0.0
        var expected = 0.0
        var index = 0
        var k = 0.0
        var below = 0.0
        while true {
            while index < sorted.count && sorted[index] == k {
                observed += 1
                index += 1
            }
            let cumulative = distribution.cdf(k)
            if k >= top || n * (1 - cumulative) < 5 || k >= maximumCells {
                observed += Double(sorted.count - index)
                expected += n * (1 - below)
                cells.append((observed, expected))
                break
            }
            expected += n * (cumulative - below)
            below = cumulative
            if expected >= 5 {
                cells.append((observed, expected))
                observed = 0
                expected = 0
            }
            k += 1
        }
        if let last = cells.last, last.expected < 5, cells.count > 1 {
            cells.removeLast()
            cells[cells.count - 1].observed += last.observed
            cells[cells.count - 1].expected += last.expected
        }
        let degrees = cells.count - 1 - estimated
        guard degrees >= 1 else {
            return .notApplicable(reason: "only \(cells.count) cells expect 5 or more: too few for a chi-square test")
        }
        let statistic = cells.reduce(0) { $0 + ($1.observed - $1.expected) * ($1.observed - $1.expected) / $1.expected }
        return .chiSquare(
            statistic: statistic, degreesOfFreedom: degrees,
            pValue: regularizedGammaQ(Double(degrees) / 2, statistic / 2), cells: cells.count)
    }
}
