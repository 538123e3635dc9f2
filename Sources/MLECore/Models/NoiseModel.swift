import RealModule

/// The distribution of a regression's residuals r = y − ŷ, each with a scale s > 0. Choosing one
/// chooses the loss: −log f(r) is, up to terms in s alone, the loss a fit minimises.
public enum NoiseModel: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// f(r) = exp(−r²/(2s²)) / (s√(2π)): squared error.
    case gaussian
    /// f(r) = exp(−|r|/s) / (2s): absolute error.
    case laplace
    /// Student-t with ν = `studentDegrees` degrees of freedom:
    /// f(r) = Γ((ν+1)/2) / (Γ(ν/2) √(νπ) s) · (1 + r²/(νs²))^(−(ν+1)/2): a loss that grows only
    /// like log r², so far-off points pull weakly.
    case studentT

    /// ν of the Student-t model, fixed so the three models have the same number of parameters.
    public static let studentDegrees = 3.0

    /// The name the tutor shows.
    public var description: String {
        switch self {
        case .gaussian: return "Gaussian"
        case .laplace: return "Laplace"
        case .studentT: return "Student-t (ν = 3)"
        }
    }

    /// The loss each residual adds, with the scale held fixed, in the tutor's notation.
    public var lossFormula: String {
        switch self {
        case .gaussian: return "Σ rᵢ² (squared error)"
        case .laplace: return "Σ |rᵢ| (absolute error)"
        case .studentT: return "Σ log(1 + rᵢ²/(3s²))"
        }
    }

    /// log f(r) at scale s.
    ///
    /// - Precondition: s > 0 and finite.
    public func logDensity(residual r: Double, scale s: Double) -> Double {
        precondition(s > 0 && s.isFinite, "the scale must be finite and > 0")
        switch self {
        case .gaussian:
            let z = r / s
            return -0.5 * z * z - .log(s) - 0.5 * .log(2 * .pi)
        case .laplace:
            return -abs(r) / s - .log(2 * s)
        case .studentT:
            let nu = Self.studentDegrees
            let z = r / s
            return .logGamma((nu + 1) / 2) - .logGamma(nu / 2) - 0.5 * .log(nu * .pi) - .log(s)
                - (nu + 1) / 2 * .log(onePlus: z * z / nu)
        }
    }
}
