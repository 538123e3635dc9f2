import RealModule

/// One ever-growing sample from Exponential(λ), with the MLE λ̂ = n/Σx recorded at sample sizes
/// spaced evenly on a log scale: the picture of consistency, λ̂ closing in on λ as n grows.
///
/// Draws in chunks (`draw(_:)`), so a page can spread the work over animation ticks.
public struct ConsistencyRun: Sendable {
    /// λ, the true rate.
    public let lambda: Double
    /// The sample sizes at which λ̂ is recorded, increasing; the last is the final size.
    public let checkpoints: [Int]
    /// λ̂ at each checkpoint reached so far.
    public private(set) var estimates: [Double] = []
    private var summary = SampleSummary(family: .exponential)
    private var generator: SeededGenerator

    /// - Precondition: λ > 0 and `maximumSize ≥ 10`.
    public init(lambda: Double, maximumSize: Int, seed: UInt64) {
        precondition(lambda > 0 && maximumSize >= 10, "need lambda > 0 and a final size of at least 10")
        self.lambda = lambda
        checkpoints = Self.logSpacedSizes(upTo: maximumSize)
        generator = SeededGenerator(seed: seed)
    }

    /// 2, 3, …: ten sizes per decade, rounded and without repeats, ending at `maximumSize`.
    public static func logSpacedSizes(upTo maximumSize: Int) -> [Int] {
        var sizes: [Int] = []
        var k = 3
        while true {
            let size = Int((Double.exp(Double(k) / 10 * Double.log(10.0))).rounded())
            if size >= maximumSize { break }
            if sizes.last != size { sizes.append(size) }
            k += 1
        }
        return sizes + [maximumSize]
    }

    /// n, the values drawn so far.
    public var drawn: Int { summary.count }

    /// The final sample size.
    public var maximumSize: Int { checkpoints[checkpoints.count - 1] }

    /// Whether the sample has reached its final size.
    public var isFinished: Bool { drawn >= maximumSize }

    /// Draws up to `count` more values, recording λ̂ at each checkpoint passed.
    ///
    /// - Complexity: O(count).
    public mutating func draw(_ count: Int) {
        let distribution = Exponential(lambda: lambda)
        for _ in 0..<min(count, maximumSize - drawn) {
            summary.addChecked(distribution.sample(using: &generator))
            if summary.count == checkpoints[estimates.count] {
                estimates.append(ClosedForm.exponentialRate(summary))
            }
        }
    }
}
