/// The two usual estimates of a Normal variance from one sample, and what theory says of them.
///
/// σ̂² = Σ(x − x̄)²/n is the MLE; s² = Σ(x − x̄)²/(n − 1) is unbiased. The MLE is biased low by
/// σ²/n, yet its mean squared error is the smaller of the two for every n ≥ 2: less bias is not
/// always less error.
public enum VarianceBias {
    /// σ̂² and s² of the summarised sample.
    ///
    /// - Precondition: at least two values.
    public static func estimates(_ summary: SampleSummary) -> (maximumLikelihood: Double, unbiased: Double) {
        precondition(summary.count >= 2, "a variance needs at least two values")
        let n = Double(summary.count)
        let mle = summary.maximumLikelihoodVariance
        return (mle, mle * n / (n - 1))
    }

    /// E[σ̂²] − σ² = −σ²/n.
    public static func biasOfMaximumLikelihood(sigma: Double, sampleSize: Int) -> Double {
        -sigma * sigma / Double(sampleSize)
    }

    /// E[(σ̂² − σ²)²] = σ⁴(2n − 1)/n².
    public static func meanSquaredErrorOfMaximumLikelihood(sigma: Double, sampleSize: Int) -> Double {
        let n = Double(sampleSize)
        return sigma * sigma * sigma * sigma * (2 * n - 1) / (n * n)
    }

    /// E[(s² − σ²)²] = Var(s²) = 2σ⁴/(n − 1).
    public static func meanSquaredErrorOfUnbiased(sigma: Double, sampleSize: Int) -> Double {
        2 * sigma * sigma * sigma * sigma / Double(sampleSize - 1)
    }
}
