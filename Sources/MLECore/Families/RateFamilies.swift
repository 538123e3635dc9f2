/// Exponential(λ), λ a rate: λ̂ = n/Σx.
public struct ExponentialFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "exponential" }
    public var title: String { "Exponential(λ): x ≥ 0, λ a rate" }
    public var parameters: [ParameterDescription] { [.rate] }
    public func support(trials: Int?) -> Support { .nonNegativeReals }
    public var estimation: String { "closed form" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { RateLikelihood(summary) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        try MaximumLikelihood.fitExponential(summary)
    }

    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        summary.sum > 0 ? [MethodOfMoments.exponential(summary).lambda] : nil
    }

    /// 1/λ².
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        Hessian(FisherInformation.exponentialRate(lambda: theta[0]))
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Exponential(lambda: theta[0])
    }

    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? {
        "n/Σx = \(summary.count)/\(format(summary.sum))"
    }
}

/// Poisson(λ): counts, λ̂ = x̄.
public struct PoissonFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "poisson" }
    public var title: String { "Poisson(λ): counts 0, 1, 2, …" }
    public var parameters: [ParameterDescription] { [.rate] }
    public func support(trials: Int?) -> Support { .counts }
    public var sufficientStatistics: SufficientStatistics { .logBaseMeasure }
    public var estimation: String { "closed form" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { RateLikelihood(summary) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        try MaximumLikelihood.fitPoisson(summary)
    }

    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        summary.sum > 0 ? [MethodOfMoments.poisson(summary).lambda] : nil
    }

    /// 1/λ.
    public func fisherInformation(_ theta: [Double]) -> Hessian { Hessian(1 / theta[0]) }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Poisson(lambda: theta[0])
    }

    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? {
        "x̄ = Σx/n = \(format(summary.sum))/\(summary.count)"
    }
}
