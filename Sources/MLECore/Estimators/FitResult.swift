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

extension FitResult {
    /// The same fit with one more warning.
    func adding(_ warning: FitWarning) -> FitResult {
        FitResult(
            family: family, sampleSize: sampleSize, estimates: estimates, fixedParameters: fixedParameters,
            logLikelihood: logLikelihood, method: method, iterations: iterations, diagnosis: diagnosis,
            warnings: warnings + [warning])
    }
}
