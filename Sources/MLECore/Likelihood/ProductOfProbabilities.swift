import RealModule

/// The likelihood of n observations that each have probability p, Lₙ = pⁿ, computed the two ways
/// a program can: multiplying in floating point, which underflows, and summing logarithms, which
/// stays finite: 1000 × log 0.1 = −2302.585….
///
/// The product does not always reach 0. For p ≤ ½ it does; for ½ < p < 1 it sinks into the
/// subnormal numbers and then freezes, because once k·(1 − p) < ½ for a product of k units of the
/// least subnormal, multiplying by p rounds back to the same value: the computed product stays a
/// tiny positive number while pⁿ keeps falling.
public struct ProductOfProbabilities: Sendable, Hashable {
    /// p, the probability of each observation.
    public let probability: Double

    /// - Precondition: 0 < p ≤ 1.
    public init(probability: Double) {
        precondition(probability > 0 && probability <= 1, "a probability must be in (0, 1], got \(probability)")
        self.probability = probability
    }

    /// p · p · … · p (n factors), multiplied one at a time in Double as a naive loop over the data
    /// would: it passes through the subnormal numbers and then becomes exactly 0.
    ///
    /// - Complexity: O(n).
    public func directProduct(count n: Int) -> Double {
        precondition(n >= 0, "a count must be ≥ 0, got \(n)")
        var product = 1.0
        for _ in 0..<n { product *= probability }
        return product
    }

    /// log p + log p + … + log p (n terms), summed with compensation: ℓₙ = log Lₙ.
    ///
    /// - Complexity: O(n).
    public func logSum(count n: Int) -> Double {
        precondition(n >= 0, "a count must be ≥ 0, got \(n)")
        let term = Double.log(probability)
        var total = CompensatedSum()
        for _ in 0..<n { total.add(term) }
        return total.value
    }

    /// log₁₀ of the direct product after each factor: element k is for k factors (k = 0...n),
    /// −∞ from the first k at which the product is exactly 0.
    ///
    /// - Complexity: O(n).
    public func directProductLog10s(upTo n: Int) -> [Double] {
        precondition(n >= 0, "a count must be ≥ 0, got \(n)")
        var product = 1.0
        var result = [Double.log10(product)]
        result.reserveCapacity(n + 1)
        for _ in 0..<n {
            product *= probability
            result.append(product > 0 ? .log10(product) : -.infinity)
        }
        return result
    }

    /// The least n for which the direct product stops changing while positive (multiplying by p
    /// rounds back to the same value), if that happens within `limit` factors: never for p ≤ ½,
    /// where it reaches 0 instead, and never for p = 1, where nothing changes from the start.
    ///
    /// - Complexity: O(min(answer, limit)).
    public func firstFrozen(limit: Int) -> Int? {
        guard probability < 1 else { return nil }
        var product = 1.0
        for n in 1...max(1, limit) {
            let next = product * probability
            if next == 0 { return nil }
            if next == product { return n }
            product = next
        }
        return nil
    }

    /// The least n for which the direct product is exactly 0, if that happens within `limit` factors
    /// (never for p = 1).
    ///
    /// - Complexity: O(min(answer, limit)).
    public func firstZero(limit: Int) -> Int? {
        var product = 1.0
        for n in 1...max(1, limit) {
            product *= probability
            if product == 0 { return n }
        }
        return nil
    }
}
