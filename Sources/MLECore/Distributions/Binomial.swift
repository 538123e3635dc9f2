import RealModule

/// The Binomial distribution: the number of successes in n independent trials, each a success
/// with probability p.
///
/// log P(x) = log C(n, x) + x log p + (n − x) log(1 − p), for x ∈ {0, 1, …, n}.
public struct Binomial: Distribution, Hashable {
    /// n, the number of trials.
    public let trials: Int
    /// p, the probability of success in one trial.
    public let p: Double

    /// - Precondition: `trials` ≥ 1 and 0 ≤ `p` ≤ 1.
    public init(trials: Int, p: Double) {
        precondition(trials >= 1, "Binomial trials must be ≥ 1, got \(trials)")
        precondition(p >= 0 && p <= 1, "Binomial p must be in [0, 1], got \(p)")
        self.trials = trials
        self.p = p
    }

    /// {0, 1, …, n}.
    public var support: Support { .upTo(trials) }

    /// log C(n, x) + x log p + (n − x) log(1 − p); −∞ outside {0, …, n}. 0·log 0 counts as 0.
    public func logDensity(_ x: Double) -> Double {
        guard support.contains(x) else { return -.infinity }
        let failures = Double(trials) - x
        let successTerm = x == 0 ? 0 : x * .log(p)
        let failureTerm = failures == 0 ? 0 : failures * .log(onePlus: -p)
        return logBinomialCoefficient(trials, x) + successTerm + failureTerm
    }

    /// np.
    public var mean: Double { Double(trials) * p }

    /// np(1 − p).
    public var variance: Double { Double(trials) * p * (1 - p) }

    /// The count of n uniform draws that fall below p.
    ///
    /// - Complexity: O(n).
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        var successes = 0
        for _ in 0..<trials where StandardDraws.openUnit(using: &generator) < p {
            successes += 1
        }
        return Double(successes)
    }
}

/// log C(n, k) = log Γ(n + 1) − log Γ(k + 1) − log Γ(n − k + 1).
func logBinomialCoefficient(_ n: Int, _ k: Double) -> Double {
    let total = Double(n)
    return .logGamma(total + 1) - .logGamma(k + 1) - .logGamma(total - k + 1)
}
