import RealModule

/// The Exponential distribution with rate λ > 0.
///
/// log f(x) = log λ − λx, for x ≥ 0; mean 1/λ.
public struct Exponential: Distribution, Hashable {
    /// λ, the rate.
    public let lambda: Double

    /// - Precondition: `lambda` finite and > 0.
    public init(lambda: Double) {
        precondition(lambda > 0 && lambda.isFinite, "Exponential lambda must be finite and > 0, got \(lambda)")
        self.lambda = lambda
    }

    /// x ≥ 0.
    public var support: Support { .nonNegativeReals }

    /// log λ − λx for x ≥ 0, −∞ below 0.
    public func logDensity(_ x: Double) -> Double {
        guard x >= 0 else { return -.infinity }
        return .log(lambda) - lambda * x
    }

    /// 1/λ.
    public var mean: Double { 1 / lambda }

    /// 1/λ².
    public var variance: Double { 1 / (lambda * lambda) }

    /// −log(u)/λ by inversion.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        -.log(StandardDraws.openUnit(using: &generator)) / lambda
    }
}
