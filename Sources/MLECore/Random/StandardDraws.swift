import RealModule

/// The draws every sampler is built from: uniform on (0, 1), standard normal and standard gamma.
///
/// Each takes the generator `inout`, so the caller owns the randomness and a seeded generator makes
/// every draw repeatable.
public enum StandardDraws {
    /// A uniform draw from the open interval (0, 1): (k + ½)·2⁻⁵³ for a random 53-bit k, never 0
    /// and never 1, so its logarithm is always finite.
    public static func openUnit(using generator: inout some RandomNumberGenerator) -> Double {
        (Double(generator.next() >> 11) + 0.5) * 0x1p-53
    }

    /// A standard normal draw by the Box–Muller transform: √(−2 log u₁) · cos(2π u₂).
    public static func normal(using generator: inout some RandomNumberGenerator) -> Double {
        let radius = (-2 * .log(openUnit(using: &generator))).squareRoot()
        return radius * .cos(2 * .pi * openUnit(using: &generator))
    }

    /// A draw from Gamma(shape, rate 1) by Marsaglia and Tsang's method (2000); for shape < 1 a
    /// Gamma(shape + 1) draw is multiplied by u^(1/shape). Below a shape of about 0.01 a few draws
    /// are smaller than the least positive double and come out as 0.
    ///
    /// - Precondition: `shape > 0` and finite.
    /// - Complexity: O(1) expected; about 1.05 normal draws per value for shape ≥ 1.
    public static func gamma(shape: Double, using generator: inout some RandomNumberGenerator) -> Double {
        precondition(shape > 0 && shape.isFinite, "gamma shape must be finite and > 0, got \(shape)")
        if shape < 1 {
            let boosted = gamma(shape: shape + 1, using: &generator)
            return boosted * .pow(openUnit(using: &generator), 1 / shape)
        }
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            let x = normal(using: &generator)
            let root = 1 + c * x
            guard root > 0 else { continue }
            let v = root * root * root
            let u = openUnit(using: &generator)
            if .log(u) < 0.5 * x * x + d - d * v + d * .log(v) {
                return d * v
            }
        }
    }
}
