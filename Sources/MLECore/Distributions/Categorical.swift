import RealModule

/// The Categorical distribution over k categories 0…k−1 with probabilities π₀…πₖ₋₁ (Σπ = 1).
///
/// log P(x = j) = log πⱼ. One-hot coded, its log-mass is Σⱼ yⱼ log πⱼ: the negative of the
/// cross-entropy loss of a classifier.
public struct Categorical: Distribution, Hashable {
    /// π, the probability of each category.
    public let probabilities: [Double]

    /// - Precondition: at least one category, every πⱼ ≥ 0, and Σπ = 1 within 1e-9.
    public init(probabilities: [Double]) {
        precondition(!probabilities.isEmpty, "Categorical needs at least one category")
        precondition(
            probabilities.allSatisfy { $0 >= 0 && $0.isFinite }, "Categorical probabilities must be finite and ≥ 0")
        let total = probabilities.reduce(0, +)
        precondition(abs(total - 1) <= 1e-9, "Categorical probabilities must sum to 1, got \(total)")
        self.probabilities = probabilities
    }

    /// The maximum likelihood estimate from category counts: π̂ⱼ = countⱼ / n.
    ///
    /// - Precondition: counts ≥ 0 with a positive total.
    public init(fittingCounts counts: [Int]) {
        let total = counts.reduce(0, +)
        precondition(counts.allSatisfy { $0 >= 0 } && total > 0, "category counts must be ≥ 0 with a positive total")
        self.init(probabilities: counts.map { Double($0) / Double(total) })
    }

    /// {0, 1, …, k − 1}.
    public var support: Support { .categories(probabilities.count) }

    /// log πₓ, or −∞ for a category outside 0…k−1.
    public func logDensity(_ x: Int) -> Double {
        guard probabilities.indices.contains(x) else { return -.infinity }
        return .log(probabilities[x])
    }

    /// Σⱼ j·πⱼ, the mean category number.
    public var mean: Double {
        probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
    }

    /// Σⱼ (j − mean)² πⱼ.
    public var variance: Double {
        let m = mean
        return probabilities.enumerated().reduce(0) { sum, entry in
            let d = Double(entry.offset) - m
            return sum + d * d * entry.element
        }
    }

    /// Inversion: the first category whose cumulative probability exceeds a uniform draw.
    ///
    /// - Complexity: O(k).
    public func sample(using generator: inout some RandomNumberGenerator) -> Int {
        let u = StandardDraws.openUnit(using: &generator)
        var cumulative = 0.0
        for (category, probability) in probabilities.enumerated() {
            cumulative += probability
            if u < cumulative { return category }
        }
        return probabilities.lastIndex { $0 > 0 } ?? 0
    }
}
