/// Normal(μ, σ): μ̂ = x̄ and σ̂ = √(Σ(x − x̄)²/n) in closed form.
public struct NormalFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "normal" }
    public var title: String { "Normal(μ, σ): any real number" }
    public var parameters: [ParameterDescription] { [.mean, .standardDeviation] }
    public func support(trials: Int?) -> Support { .realLine }
    public var estimation: String { "closed form" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { NormalLikelihood(summary) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        try MaximumLikelihood.fitNormal(summary, fixed: fixed)
    }

    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        guard summary.count > 1, !summary.allValuesEqual else { return nil }
        let moments = MethodOfMoments.normal(summary)
        return [moments.mu, moments.sigma]
    }

    /// [[1/σ², 0], [0, 2/σ²]].
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let sigma = theta[1]
        return Hessian(1 / (sigma * sigma), 0, FisherInformation.normalStandardDeviation(sigma: sigma))
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Normal(mu: theta[0], sigma: theta[1])
    }

    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? {
        parameter == "mu"
            ? "x̄ = Σx/n = \(format(summary.sum))/\(summary.count)"
            : "√(Σ(x − μ)²/n), μ = \(format(fixed["mu"] ?? 0))"
    }
}
