import RealModule

/// The Gamma distribution with shape α > 0 and rate β > 0 (scale 1/β, as in the course).
///
/// log f(x) = α log β − log Γ(α) + (α − 1) log x − βx, for x > 0; mean α/β, variance α/β².
public struct Gamma: Distribution, Hashable {
    /// α, the shape.
    public let alpha: Double
    /// β, the rate (1/scale).
    public let beta: Double

    /// - Precondition: `alpha` and `beta` finite and > 0.
    public init(alpha: Double, beta: Double) {
        precondition(alpha > 0 && alpha.isFinite, "Gamma alpha must be finite and > 0, got \(alpha)")
        precondition(beta > 0 && beta.isFinite, "Gamma beta must be finite and > 0, got \(beta)")
        self.alpha = alpha
        self.beta = beta
    }

    /// x > 0.
    public var support: Support { .positiveReals }

    /// α log β − log Γ(α) + (α − 1) log x − βx for x > 0, −∞ otherwise.
    public func logDensity(_ x: Double) -> Double {
        guard x > 0 else { return -.infinity }
        return alpha * .log(beta) - .logGamma(alpha) + (alpha - 1) * .log(x) - beta * x
    }

    /// α/β.
    public var mean: Double { alpha / beta }

    /// α/β².
    public var variance: Double { alpha / (beta * beta) }

    /// A standard Gamma(α) draw (Marsaglia–Tsang) divided by β.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        StandardDraws.gamma(shape: alpha, using: &generator) / beta
    }
}
