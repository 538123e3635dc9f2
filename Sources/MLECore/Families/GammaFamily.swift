/// Gamma(α, β), β a rate: Newton–Raphson on the shape α, then β̂ = α̂/x̄.
public struct GammaFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "gamma" }
    public var title: String { "Gamma(α, β): x > 0, β a rate" }
    public var parameters: [ParameterDescription] {
        [
            ParameterDescription(name: "alpha", symbol: "α", meaning: "shape", domain: .positive, role: .shape),
            ParameterDescription(name: "beta", symbol: "β", meaning: "rate", domain: .positive, role: .rate),
        ]
    }
    public func support(trials: Int?) -> Support { .positiveReals }
    public var sufficientStatistics: SufficientStatistics { .logs }
    public var estimation: String { "Newton-Raphson on α, then β = α/x̄" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { GammaLikelihood(summary) }

    /// Two values when both are free: one value leaves α̂ infinite.
    public func minimumSampleSize(fixed: [String: Double]) -> Int { fixed.isEmpty ? 2 : 1 }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        try MaximumLikelihood.fitGamma(summary, fixed: fixed)
    }

    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        guard summary.count > 1, !summary.allValuesEqual else { return nil }
        let moments = MethodOfMoments.gamma(summary)
        return [moments.alpha, moments.beta]
    }

    /// [[ψ′(α), −1/β], [−1/β, α/β²]].
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let (alpha, beta) = (theta[0], theta[1])
        return Hessian(trigamma(alpha), -1 / beta, alpha / (beta * beta))
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Gamma(alpha: theta[0], beta: theta[1])
    }

    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? {
        parameter == "beta" ? "α/x̄ = \(format(fixed["alpha"] ?? estimate))/\(format(summary.mean))" : nil
    }
}
