/// A running sum that keeps the rounding error of every addition (Neumaier's compensated
/// summation, with each error found exactly and without branches by Knuth's TwoSum), so a million
/// additions lose about as much as one.
///
/// - Complexity: O(1) per addition: six floating-point operations.
public struct CompensatedSum: Sendable, Hashable {
    private var sum = 0.0
    private var compensation = 0.0

    /// An empty sum, 0.
    public init() {}

    /// Adds `x`, keeping the exact rounding error of the addition: (sum + x) − t.
    public mutating func add(_ x: Double) {
        let t = sum + x
        let xPart = t - sum
        let error = (sum - (t - xPart)) + (x - xPart)
        sum = t
        compensation += error
    }

    /// The sum times `factor`, exact when `factor` is a power of two and nothing underflows.
    public func scaled(by factor: Double) -> CompensatedSum {
        var result = self
        result.sum *= factor
        result.compensation *= factor
        return result
    }

    /// The sum so far, with the kept rounding errors added back.
    public var value: Double { sum + compensation }
}
