/// Method-of-moments estimates: parameters chosen so the distribution's mean (and variance) equal
/// the sample's, with the variance dividing by n.
///
/// For Normal, Bernoulli, Binomial, Exponential and Poisson they coincide with the MLE; for Gamma
/// (α̃ = x̄²/s², β̃ = x̄/s²) they do not, and are a common starting point.
///
/// - Complexity: O(1) each.
public enum MethodOfMoments {
    /// μ̃ = x̄, σ̃ = √(Σ(x − x̄)²/n).
    ///
    /// - Precondition: Normal data with at least two different values.
    public static func normal(_ summary: SampleSummary) -> Normal {
        Normal(mu: summary.mean, sigma: ClosedForm.normalStandardDeviation(summary))
    }

    /// p̃ = x̄.
    public static func bernoulli(_ summary: SampleSummary) -> Bernoulli { Bernoulli(p: summary.mean) }

    /// p̃ = x̄/m for counts out of m trials.
    ///
    /// - Precondition: Binomial data.
    public static func binomial(_ summary: SampleSummary) -> Binomial {
        guard let trials = summary.family.trials else {
            preconditionFailure("binomial method of moments needs binomial data, not \(summary.family)")
        }
        return Binomial(trials: trials, p: summary.mean / Double(trials))
    }

    /// λ̃ = 1/x̄.
    public static func exponential(_ summary: SampleSummary) -> Exponential { Exponential(lambda: 1 / summary.mean) }

    /// λ̃ = x̄.
    public static func poisson(_ summary: SampleSummary) -> Poisson { Poisson(lambda: summary.mean) }

    /// α̃ = x̄²/s², β̃ = x̄/s², with s² = Σ(x − x̄)²/n.
    ///
    /// - Precondition: Gamma data with at least two different values.
    public static func gamma(_ summary: SampleSummary) -> Gamma {
        let mean = summary.mean
        let variance = summary.maximumLikelihoodVariance
        return Gamma(alpha: mean * mean / variance, beta: mean / variance)
    }
}
