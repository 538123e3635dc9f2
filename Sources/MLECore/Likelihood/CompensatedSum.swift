/// A running sum with Neumaier's compensation: the rounding error of each addition is kept in a
/// second term, so a million additions lose about as much as one.
///
/// - Complexity: O(1) per addition.
public struct CompensatedSum: Sendable, Hashable {
    private var sum = 0.0
    private var compensation = 0.0

    /// An empty sum, 0.
    public init() {}

    /// Adds `x`, keeping the rounding error of the addition.
    public mutating func add(_ x: Double) {
        let t = sum + x
        if abs(sum) >= abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
    }

    /// The sum so far, with the kept rounding error added back.
    public var value: Double { sum + compensation }
}
