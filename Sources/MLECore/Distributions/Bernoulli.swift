import RealModule

/// The Bernoulli distribution: 1 (heads, success) with probability p, 0 with probability 1 − p.
///
/// log P(x) = x log p + (1 − x) log(1 − p), for x ∈ {0, 1}, 0 ≤ p ≤ 1.
public struct Bernoulli: Distribution, Hashable {
    /// p, the probability of a 1.
    public let p: Double

    /// - Precondition: 0 ≤ `p` ≤ 1.
    public init(p: Double) {
        precondition(p >= 0 && p <= 1, "Bernoulli p must be in [0, 1], got \(p)")
        self.p = p
    }

    /// {0, 1}.
    public var support: Support { .zeroOrOne }

    /// log p for x = 1, log(1 − p) for x = 0, −∞ otherwise.
    public func logDensity(_ x: Double) -> Double {
        if x == 1 { return .log(p) }
        if x == 0 { return .log(onePlus: -p) }
        return -.infinity
    }

    /// p.
    public var mean: Double { p }

    /// p(1 − p).
    public var variance: Double { p * (1 - p) }

    /// 1 if a uniform draw falls below p, else 0.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        StandardDraws.openUnit(using: &generator) < p ? 1 : 0
    }
}
