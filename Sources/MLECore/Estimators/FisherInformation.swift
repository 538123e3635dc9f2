import RealModule

/// Fisher information per observation, I(θ), for the parameters the course studies in simulation.
/// With n observations the information is n·I(θ), and the Cramér–Rao bound on the variance of an
/// unbiased estimator is 1/(n·I(θ)): the variance the MLE reaches as n grows.
public enum FisherInformation {
    /// Exponential rate: I(λ) = 1/λ².
    ///
    /// - Precondition: λ > 0.
    public static func exponentialRate(lambda: Double) -> Double {
        precondition(lambda > 0, "lambda must be > 0, got \(lambda)")
        return 1 / (lambda * lambda)
    }

    /// Gamma shape with the rate unknown too: the information left for α once β has been estimated,
    /// ψ′(α) − 1/α (the inverse of the (α, α) entry of the inverse information matrix
    /// [[ψ′(α), −1/β], [−1/β, α/β²]]; it does not depend on β).
    ///
    /// - Precondition: α > 0.
    public static func gammaShapeWithRateUnknown(alpha: Double) -> Double {
        precondition(alpha > 0, "alpha must be > 0, got \(alpha)")
        return trigamma(alpha) - 1 / alpha
    }

    /// Normal standard deviation with the mean unknown: I(σ) = 2/σ².
    ///
    /// - Precondition: σ > 0.
    public static func normalStandardDeviation(sigma: Double) -> Double {
        precondition(sigma > 0, "sigma must be > 0, got \(sigma)")
        return 2 / (sigma * sigma)
    }
}
