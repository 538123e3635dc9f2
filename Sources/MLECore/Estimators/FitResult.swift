import RealModule

/// Everything a fit reports: estimates with standard errors and intervals, the maximised
/// log-likelihood, information criteria, and how the numbers were reached.
public struct FitResult: Sendable {
    /// The family fitted.
    public let family: Family
    /// n.
    public let sampleSize: Int
    /// The free parameters' estimates, in the family's order.
    public let estimates: [ParameterEstimate]
    /// The parameters held at known values.
    public let fixedParameters: [FixedParameter]
    /// ℓ(θ̂), the maximised log-likelihood.
    public let logLikelihood: Double
    /// How the estimates were computed.
    public let method: FitMethod
    /// Optimizer steps taken (0 for a closed form).
    public let iterations: Int
    /// How the optimizer stopped (`.converged(...)` for a closed form too).
    public let diagnosis: Diagnosis
    /// Things the learner should know before trusting the intervals.
    public let warnings: [FitWarning]

    /// k, the number of free parameters.
    public var freeParameterCount: Int { estimates.count }

    /// AIC = 2k − 2ℓ(θ̂).
    public var aic: Double { 2 * Double(freeParameterCount) - 2 * logLikelihood }

    /// BIC = k log n − 2ℓ(θ̂).
    public var bic: Double { Double(freeParameterCount) * .log(Double(sampleSize)) - 2 * logLikelihood }

    /// Whether the estimate is a maximum the method vouches for.
    public var converged: Bool { diagnosis.isConverged }

    /// The estimate of the free parameter `name`, if it is free.
    public func estimate(_ name: String) -> ParameterEstimate? { estimates.first { $0.name == name } }

    /// The value of `name`, estimated or fixed.
    public func value(of name: String) -> Double? {
        estimate(name)?.value ?? fixedParameters.first { $0.name == name }?.value
    }
}

/// One free parameter's estimate.
public struct ParameterEstimate: Sendable, Hashable {
    /// The name, as in the course.
    public let name: String
    /// θ̂.
    public let value: Double
    /// √[(J(θ̂)⁻¹)ᵢᵢ], from the inverse observed information; 0 at a boundary estimate.
    public let standardError: Double
    /// θ̂ ± 1.96·SE.
    public let waldInterval: ConfidenceInterval
    /// {θ : ℓ(θ) ≥ ℓ̂ − 1.92}, for a fit with one free parameter.
    public let likelihoodRatioInterval: ConfidenceInterval?
}

/// A parameter held at a known value during a fit.
public struct FixedParameter: Sendable, Hashable {
    /// The name, as in the course.
    public let name: String
    /// The value it was held at.
    public let value: Double

    /// `name` held at `value`.
    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}

/// How a fit computed its estimates.
public enum FitMethod: Sendable, Hashable, CustomStringConvertible {
    /// A formula (x̄, k/N, …).
    case closedForm
    /// Newton–Raphson on the likelihood.
    case newtonRaphson

    /// `closed form` or `Newton-Raphson`.
    public var description: String {
        switch self {
        case .closedForm: return "closed form"
        case .newtonRaphson: return "Newton-Raphson"
        }
    }
}

/// A caution attached to a fit.
public enum FitWarning: Sendable, Hashable, CustomStringConvertible {
    /// θ̂ sits on the edge of the parameter space (p̂ = 0 or 1): ℓ is not flat there, the
    /// standard error is 0 and the Wald interval is meaningless; the likelihood-ratio interval is not.
    case boundaryEstimate(name: String, value: Double)
    /// The optimizer stopped without converging, for the reason given.
    case notConverged(Diagnosis)

    /// One sentence.
    public var description: String {
        switch self {
        case .boundaryEstimate(let name, let value):
            return "\(name)-hat = \(plain(value)) is on the boundary of the parameter space: the standard error is 0 and the Wald interval is meaningless; use the likelihood-ratio interval"
        case .notConverged(let diagnosis):
            return "the fit did not converge (\(diagnosis)); the estimates are the last iterate"
        }
    }
}
