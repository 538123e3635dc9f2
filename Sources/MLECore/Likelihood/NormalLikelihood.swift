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

    /// From a summary of Normal data.
    ///
    /// - Precondition: the summary is of the normal family and not empty.
    public init(_ summary: SampleSummary) {
        precondition(
            summary.family == .normal && summary.count > 0, "NormalLikelihood needs a non-empty normal summary")
        self.init(sampleSize: summary.count, mean: summary.mean, sumOfSquaredDeviations: summary.sumOfSquaredDeviations)
    }

    /// From the sufficient statistics directly.
    public init(sampleSize: Int, mean: Double, sumOfSquaredDeviations: Double) {
        precondition(sampleSize > 0, "a likelihood needs at least one observation")
        self.sampleSize = sampleSize
        self.mean = mean
        self.sumOfSquaredDeviations = sumOfSquaredDeviations
        n = Double(sampleSize)
    }

    /// `["mu", "sigma"]`.
    public var parameterNames: [String] { ["mu", "sigma"] }

    /// 2.
    public var dimension: Int { 2 }

    /// μ finite, σ > 0.
    public func isInDomain(_ theta: Theta) -> Bool { theta[0].isFinite && theta[1] > 0 && theta[1].isFinite }

    private func q(_ mu: Double) -> Double {
        let d = mean - mu
        return sumOfSquaredDeviations + n * d * d
    }

    /// −(n/2) log(2π) − n log σ − Q/(2σ²).
    public func logLikelihood(_ theta: Theta) -> Double {
        let sigma = theta[1]
        return -n * halfLogTwoPi - n * .log(sigma) - q(theta[0]) / (2 * sigma * sigma)
    }

    /// (n(x̄ − μ)/σ², −n/σ + Q/σ³).
    public func score(_ theta: Theta) -> Theta {
        let (mu, sigma) = (theta[0], theta[1])
        let s2 = sigma * sigma
        return Theta(n * (mean - mu) / s2, -n / sigma + q(mu) / (s2 * sigma))
    }

    /// [[−n/σ², −2n(x̄ − μ)/σ³], [·, n/σ² − 3Q/σ⁴]].
    public func hessian(_ theta: Theta) -> Hessian {
        let (mu, sigma) = (theta[0], theta[1])
        let s2 = sigma * sigma
        return Hessian(-n / s2, -2 * n * (mean - mu) / (s2 * sigma), n / s2 - 3 * q(mu) / (s2 * s2))
    }
}
