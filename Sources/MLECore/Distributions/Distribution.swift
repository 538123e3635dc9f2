/// A probability distribution the course uses: its log-density (or log-mass), support, mean,
/// variance, and a sampler that draws from a caller-owned generator.
public protocol Distribution<Value>: Sendable {
    /// The type of one observation: `Double` for the numeric families, `Int` for a category.
    associatedtype Value: Sendable

    /// The values with positive density or mass.
    var support: Support { get }

    /// log f(x | θ): the log-density of a continuous family or the log-mass of a discrete one;
    /// −∞ outside the support.
    func logDensity(_ x: Value) -> Double

    /// E[X].
    var mean: Double { get }

    /// Var[X] = E[(X − E[X])²].
    var variance: Double { get }

    /// One draw. The same generator state always gives the same draw.
    func sample(using generator: inout some RandomNumberGenerator) -> Value
}

extension Distribution {
    /// `count` independent draws.
    ///
    /// - Complexity: O(count) draws.
    public func samples(_ count: Int, using generator: inout some RandomNumberGenerator) -> [Value] {
        precondition(count >= 0, "sample count must be ≥ 0, got \(count)")
        return (0..<count).map { _ in sample(using: &generator) }
    }
}
