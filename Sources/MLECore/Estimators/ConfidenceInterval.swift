import RealModule

/// A closed interval [lower, upper] of plausible parameter values.
public struct ConfidenceInterval: Sendable, Hashable, CustomStringConvertible {
    /// The lower end.
    public let lower: Double
    /// The upper end.
    public let upper: Double

    /// - Precondition: `lower ≤ upper`.
    public init(lower: Double, upper: Double) {
        precondition(lower <= upper, "an interval needs lower ≤ upper, got [\(lower), \(upper)]")
        self.lower = lower
        self.upper = upper
    }

    /// The 95% Wald interval θ̂ ± z₀.₉₇₅·SE, z₀.₉₇₅ = 1.959963984540054.
    /// When the ends cannot be computed (an infinite or undefined standard error) they are
    /// −∞ and +∞: nothing is excluded.
    public static func wald(estimate: Double, standardError: Double) -> ConfidenceInterval {
        let half = normalQuantile975 * standardError
        let lower = estimate - half
        let upper = estimate + half
        guard !lower.isNaN, !upper.isNaN, lower <= upper else {
            return ConfidenceInterval(lower: -.infinity, upper: .infinity)
        }
        return ConfidenceInterval(lower: lower, upper: upper)
    }

    /// Whether `x` lies in [lower, upper].
    public func contains(_ x: Double) -> Bool { lower <= x && x <= upper }

    /// `[lower, upper]`.
    public var description: String { "[\(lower), \(upper)]" }
}

/// Φ⁻¹(0.975), the 97.5% point of the standard normal.
let normalQuantile975 = 1.959963984540054

extension ConfidenceInterval {
    /// The 95% Wald interval computed where the parameter is unbounded and mapped back, so it never
    /// leaves the parameter space: on the log scale for a positive parameter
    /// (θ̂·exp(±1.96·SE/θ̂)), on the logit scale for a probability, as is for a location. The
    /// standard error on the new scale comes from the delta method.
    public static func wald(estimate: Double, standardError: Double, on domain: ParameterDomain)
        -> ConfidenceInterval
    {
        guard standardError.isFinite, standardError > 0, domain.contains(estimate) else {
            return .wald(estimate: estimate, standardError: standardError.isFinite ? standardError : .infinity)
        }
        let half = normalQuantile975 * standardError
        switch domain {
        case .realLine:
            return .wald(estimate: estimate, standardError: standardError)
        case .positive:
            let factor = Double.exp(half / estimate)
            return ConfidenceInterval(lower: estimate / factor, upper: estimate * factor)
        case .openUnitInterval:
            let logit = Double.log(estimate / (1 - estimate))
            let spread = half / (estimate * (1 - estimate))
            func expit(_ t: Double) -> Double { 1 / (1 + .exp(-t)) }
            return ConfidenceInterval(lower: expit(logit - spread), upper: expit(logit + spread))
        }
    }
}
