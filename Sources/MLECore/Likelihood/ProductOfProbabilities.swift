import RealModule

/// The likelihood of n observations that each have probability p, Lₙ = pⁿ, computed the two ways
/// a program can: multiplying in floating point, which underflows to exactly 0, and summing
/// logarithms, which stays finite: 1000 × log 0.1 = −2302.585….
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
