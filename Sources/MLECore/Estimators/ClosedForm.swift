import RealModule

/// The maximum likelihood estimates that have a formula, from a summary.
///
/// - Complexity: O(1) each.
public enum ClosedForm {
    /// μ̂ = x̄.
    public static func normalMean(_ summary: SampleSummary) -> Double { summary.mean }

    /// σ̂ = √(Σ(x − μ)²/n), dividing by n (not n − 1), at the given μ (by default μ̂ = x̄).
    public static func normalStandardDeviation(_ summary: SampleSummary, mu: Double? = nil) -> Double {
        let n = Double(summary.count)
        guard let mu else { return summary.maximumLikelihoodVariance.squareRoot() }
        let d = summary.mean - mu
        return ((summary.sumOfSquaredDeviations + n * d * d) / n).squareRoot()
    }

    /// p̂ = k/N: successes over trials (Bernoulli: the proportion of ones).
    ///
    /// - Precondition: Bernoulli or Binomial data.
    public static func successProbability(_ summary: SampleSummary) -> Double {
        let likelihood = SuccessCountLikelihood(summary)
        return likelihood.successes / likelihood.trials
    }

    /// Exponential λ̂ = 1/x̄, computed as n/Σx.
    public static func exponentialRate(_ summary: SampleSummary) -> Double { Double(summary.count) / summary.sum }

    /// Poisson λ̂ = x̄.
    public static func poissonRate(_ summary: SampleSummary) -> Double { summary.mean }

    /// Gamma β̂ = α/x̄ for a known (or estimated) shape α.
    public static func gammaRate(_ summary: SampleSummary, alpha: Double) -> Double { alpha / summary.mean }
}
