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
    /// The covariance matrix of the free parameters' estimates, J(θ̂)⁻¹, in the order of
    /// `estimates`; nil where the information is singular or does not apply (a boundary estimate,
    /// Pareto's xm). A row is NaN where that estimate has no standard error (Student-t's ν̂ at an
    /// edge of its range).
    public internal(set) var covariance: SymmetricMatrix? = nil
    /// The likelihood the estimates maximise, for profile-likelihood intervals.
    var problem: AnyLikelihoodProblem? = nil
    /// The profile log-likelihoods of the free parameters, where the fit provides its own (a
    /// Student-t with ν free); otherwise they come from the two-parameter `problem`.
    var profiles: (any ParameterProfiles)? = nil

    /// The correlation matrix of the estimates, from `covariance`.
    public var correlation: SymmetricMatrix? { covariance?.correlation }

    /// The 95% likelihood-ratio interval of each free parameter, in order: the stored one of a
    /// one-parameter fit, otherwise the profile-likelihood interval {θᵢ : ℓp(θᵢ) ≥ ℓ̂ − 1.92}, with
    /// ℓp(θᵢ) the maximum of ℓ over the other free parameters; nil where there is no profile.
    ///
    /// - Complexity: a few dozen profile evaluations per parameter, each a short warm-started
    ///   Newton run on the likelihood: O(n) each for a family that keeps its values.
    public func likelihoodRatioIntervals() -> [ConfidenceInterval?] {
        // ℓ̂ − 1.92 is a cut below the maximum: where the fit did not reach one, there is no interval.
        guard converged else { return estimates.map { _ in nil } }
        let profiles = profileSource
        return estimates.indices.map { index in
            if let stored = estimates[index].likelihoodRatioInterval { return stored }
            guard let profiles else { return nil }
            return ProfileInterval.find(
                estimate: estimates[index].value, maximum: logLikelihood, scale: estimates[index].standardError,
                bounds: profiles.searchRange(index), profile: profiles.profile(index))
        }
    }

    /// For each free parameter, the range its profile is searched over where that is narrower
    /// than its domain (Student-t's ν, 0.2 to 10⁴), else nil: an interval's end on such an edge
    /// says ℓp had not fallen by 1.92 there.
    public var profileSearchRanges: [ClosedRange<Double>?] {
        let profiles = profileSource
        return estimates.indices.map { profiles?.searchRange($0) }
    }

    private var profileSource: (any ParameterProfiles)? {
        profiles ?? problem.flatMap { PairProfiles(problem: $0, estimates: estimates) }
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
            warnings: warnings + [warning], covariance: covariance, problem: problem, profiles: profiles)
    }
}
