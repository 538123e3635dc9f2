import RealModule

/// The Bernoulli or Binomial log-likelihood in p from k successes in N trials in all:
///
/// ℓ(p) = Σ log C(m, xᵢ) + k log p + (N − k) log(1 − p), with 0·log 0 = 0,
///
/// where each observation is a count out of m trials (m = 1 for Bernoulli, N = n·m).
/// Domain: 0 < p < 1; ℓ is also defined at a boundary p that the data allow (p̂ = 1 for all heads).
public struct SuccessCountLikelihood: LikelihoodProblem {
    /// n, the number of observations.
    public let sampleSize: Int
    /// k, the total number of successes.
    public let successes: Double
    /// N, the total number of trials.
    public let trials: Double
    /// Σ log C(m, xᵢ), which does not depend on p.
    public let logCoefficientSum: Double
    /// Binomial data's summary, whose saddle-point form gives ℓ accurately for many trials.
    private let binomialSummary: SampleSummary?

    /// From a summary of Bernoulli or Binomial data.
    ///
    /// - Precondition: the summary is Bernoulli or Binomial and not empty.
    public init(_ summary: SampleSummary) {
        precondition(
            summary.family.parameterNames == ["p"] && summary.family.support.isDiscrete,
            "SuccessCountLikelihood needs bernoulli or binomial data, not \(summary.family)")
        let trialsPerObservation = summary.family.trials ?? 1
        precondition(summary.count > 0, "a likelihood needs at least one observation")
        sampleSize = summary.count
        successes = summary.sum
        // As doubles: n·m overflows Int for a thousand observations of 1e16 trials.
        trials = Double(summary.count) * Double(trialsPerObservation)
        binomialSummary = trialsPerObservation > 1 ? summary : nil
        logCoefficientSum = summary.sumOfLogBaseMeasure
    }

    /// `["p"]`.
    public var parameterNames: [String] { ["p"] }

    /// 1.
    public var dimension: Int { 1 }

    /// 0 < p < 1.
    public func isInDomain(_ theta: Theta) -> Bool { theta[0] > 0 && theta[0] < 1 }

    /// Σ log C + k log p + (N − k) log(1 − p).
    public func logLikelihood(_ theta: Theta) -> Double {
        let p = theta[0]
        if let binomialSummary, (0...1).contains(p) { return binomialSummary.binomialLogLikelihood(p) }
        let failures = trials - successes
        let successTerm = successes == 0 ? 0 : successes * .log(p)
        let failureTerm = failures == 0 ? 0 : failures * .log(onePlus: -p)
        return logCoefficientSum + successTerm + failureTerm
    }

    /// k/p − (N − k)/(1 − p).
    public func score(_ theta: Theta) -> Theta {
        let p = theta[0]
        return Theta(successes / p - (trials - successes) / (1 - p))
    }

    /// −k/p² − (N − k)/(1 − p)².
    public func hessian(_ theta: Theta) -> Hessian {
        let p = theta[0]
        let q = 1 - p
        return Hessian(-successes / (p * p) - (trials - successes) / (q * q))
    }
}
