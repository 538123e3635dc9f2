import RealModule

/// The Normal log-likelihood in θ = (μ, σ) from n, x̄ and S = Σ(x − x̄)²:
///
/// ℓ(μ, σ) = −(n/2) log(2π) − n log σ − Q/(2σ²), with Q = S + n(x̄ − μ)².
///
/// Domain: μ real, σ > 0.
public struct NormalLikelihood: LikelihoodProblem {
    /// n.
    public let sampleSize: Int
    /// x̄.
    public let mean: Double
    /// S = Σ(x − x̄)².
    public let sumOfSquaredDeviations: Double
    private let n: Double
    /// √(S/n), kept apart from S so that Q/σ² is found without squaring anything that could
    /// overflow or underflow (data near 1e300 or 1e-300).
    private let spread: Double

    /// From a summary of Normal data.
    ///
    /// - Precondition: the summary is of the normal family and not empty.
    public init(_ summary: SampleSummary) {
        precondition(
            summary.family == .normal && summary.count > 0, "NormalLikelihood needs a non-empty normal summary")
        self.init(
            sampleSize: summary.count, mean: summary.mean, sumOfSquaredDeviations: summary.sumOfSquaredDeviations,
            spread: summary.maximumLikelihoodStandardDeviation)
    }

    /// From the sufficient statistics directly.
    public init(sampleSize: Int, mean: Double, sumOfSquaredDeviations: Double) {
        self.init(
            sampleSize: sampleSize, mean: mean, sumOfSquaredDeviations: sumOfSquaredDeviations,
            spread: (sumOfSquaredDeviations / Double(max(sampleSize, 1))).squareRoot())
    }

    private init(sampleSize: Int, mean: Double, sumOfSquaredDeviations: Double, spread: Double) {
        precondition(sampleSize > 0, "a likelihood needs at least one observation")
        self.sampleSize = sampleSize
        self.mean = mean
        self.sumOfSquaredDeviations = sumOfSquaredDeviations
        n = Double(sampleSize)
        self.spread = spread
    }

    /// `["mu", "sigma"]`.
    public var parameterNames: [String] { ["mu", "sigma"] }

    /// 2.
    public var dimension: Int { 2 }

    /// μ finite, σ > 0.
    public func isInDomain(_ theta: Theta) -> Bool { theta[0].isFinite && theta[1] > 0 && theta[1].isFinite }

    /// Q/σ² = n((s/σ)² + ((x̄ − μ)/σ)²) with s = √(S/n): ratios first, then squares.
    private func qOverSigmaSquared(_ mu: Double, _ sigma: Double) -> Double {
        let a = spread / sigma
        let b = (mean - mu) / sigma
        return n * (a * a + b * b)
    }

    /// −(n/2) log(2π) − n log σ − Q/(2σ²).
    public func logLikelihood(_ theta: Theta) -> Double {
        let sigma = theta[1]
        return -n * halfLogTwoPi - n * .log(sigma) - qOverSigmaSquared(theta[0], sigma) / 2
    }

    /// (n(x̄ − μ)/σ², −n/σ + Q/σ³).
    public func score(_ theta: Theta) -> Theta {
        let (mu, sigma) = (theta[0], theta[1])
        return Theta(n * ((mean - mu) / sigma) / sigma, (qOverSigmaSquared(mu, sigma) - n) / sigma)
    }

    /// [[−n/σ², −2n(x̄ − μ)/σ³], [·, n/σ² − 3Q/σ⁴]].
    public func hessian(_ theta: Theta) -> Hessian {
        let (mu, sigma) = (theta[0], theta[1])
        let inverseSigma = 1 / sigma
        let perSigmaSquared = inverseSigma * inverseSigma
        return Hessian(
            -n * perSigmaSquared, -2 * n * ((mean - mu) * inverseSigma) * perSigmaSquared,
            (n - 3 * qOverSigmaSquared(mu, sigma)) * perSigmaSquared)
    }
}
