import RealModule

/// Everything a fit reports: estimates with standard errors and intervals, the maximised
/// log-likelihood, information criteria, and how the numbers were reached.
public struct FitResult: Sendable {
    /// The family fitted, or nil for a typed formula model.
    public let family: Family?
    /// What was fitted, for headings: the family's name or the formula as typed.
    public let modelName: String
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
    /// The covariance matrix of the free parameters' estimates, J(θ̂)⁻¹; nil where the
    /// information is singular or does not apply (a boundary estimate, Pareto's xm).
    public internal(set) var covariance: Hessian? = nil
    /// The likelihood the estimates maximise, for profile-likelihood intervals.
    var problem: AnyLikelihoodProblem? = nil

    /// The correlation matrix of the estimates, from `covariance`.
    public var correlation: Hessian? {
        guard let covariance, covariance.dimension == 2, covariance.h11 > 0, covariance.h22 > 0 else {
            return covariance.map { _ in Hessian(1) }
        }
        return Hessian(1, covariance.h12 / (covariance.h11 * covariance.h22).squareRoot(), 1)
    }

    /// The 95% likelihood-ratio interval of each free parameter, in order: the stored one of a
    /// one-parameter fit, otherwise the profile-likelihood interval {θᵢ : max over θⱼ of ℓ ≥ ℓ̂ − 1.92}.
    ///
    /// - Complexity: for two parameters, a few hundred profile evaluations, each a short Newton
    ///   run on the likelihood: O(n) each for a family that keeps its values.
    public func likelihoodRatioIntervals() -> [ConfidenceInterval?] {
        estimates.indices.map { index in
            if let stored = estimates[index].likelihoodRatioInterval { return stored }
            guard let problem, problem.dimension == 2, estimates.count == 2 else { return nil }
            let profile = ProfileLikelihood(problem, index: index, otherStart: estimates[1 - index].value)
            return ProfileInterval.find(
                in: profile, estimate: estimates[index].value, maximum: logLikelihood,
                scale: estimates[index].standardError)
        }
    }

    /// The 95% Wald interval of each free parameter on the scale where it is unbounded (log for a
    /// positive parameter, logit for a probability), mapped back, so none leaves the parameter space.
    public func transformedWaldIntervals() -> [ConfidenceInterval] {
        estimates.map { estimate in
            guard estimate.standardError > 0, let domain = family?.model.parameter(estimate.name)?.domain else {
                return estimate.waldInterval
            }
            return .wald(estimate: estimate.value, standardError: estimate.standardError, on: domain)
        }
    }

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
            family: family, modelName: modelName, sampleSize: sampleSize, estimates: estimates,
            fixedParameters: fixedParameters, logLikelihood: logLikelihood, method: method, iterations: iterations,
            diagnosis: diagnosis,
            warnings: warnings + [warning], covariance: covariance, problem: problem)
    }
}
