import RealModule

/// The Normal distribution N(μ, σ²) with mean μ and standard deviation σ > 0.
///
/// log f(x) = −½ log(2πσ²) − (x − μ)² / (2σ²), for every real x.
public struct Normal: Distribution, Hashable {
    /// μ, the mean.
    public let mu: Double
    /// σ, the standard deviation.
    public let sigma: Double

    /// - Precondition: `mu` finite, `sigma` finite and > 0.
    public init(mu: Double, sigma: Double) {
        precondition(mu.isFinite, "Normal mu must be finite, got \(mu)")
        precondition(sigma > 0 && sigma.isFinite, "Normal sigma must be finite and > 0, got \(sigma)")
        self.mu = mu
        self.sigma = sigma
    }

    /// Every real number.
    public var support: Support { .realLine }

    /// −½ log(2πσ²) − (x − μ)² / (2σ²).
    public func logDensity(_ x: Double) -> Double {
        let z = (x - mu) / sigma
        return -0.5 * z * z - .log(sigma) - halfLogTwoPi
    }

    /// μ.
    public var mean: Double { mu }

    /// σ².
    public var variance: Double { sigma * sigma }

    /// μ + σ·Z with Z standard normal (Box–Muller).
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        mu + sigma * StandardDraws.normal(using: &generator)
    }
}

/// ½ log(2π).
let halfLogTwoPi = 0.91893853320467274178
