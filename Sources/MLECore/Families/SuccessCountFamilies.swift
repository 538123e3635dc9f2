/// Bernoulli(p): 0/1 data, p̂ = k/N.
public struct BernoulliFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "bernoulli" }
    public var title: String { "Bernoulli(p): 0 or 1" }
    public var parameters: [ParameterDescription] { [.successProbability] }
    public func support(trials: Int?) -> Support { .zeroOrOne }
    public var estimation: String { "closed form" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { SuccessCountLikelihood(summary) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        MaximumLikelihood.fitSuccessProbability(summary)
    }

    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? { [MethodOfMoments.bernoulli(summary).p] }

    /// 1/(p(1 − p)).
    public func fisherInformation(_ theta: [Double]) -> Hessian { Hessian(1 / (theta[0] * (1 - theta[0]))) }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution { Bernoulli(p: theta[0]) }

    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? {
        successText(summary, format: format)
    }
}

/// Binomial(m, p): success counts out of m known trials each, p̂ = Σx/(nm).
public struct BinomialFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "binomial" }
    public var title: String { "Binomial(m, p): successes in m trials (--trials m)" }
    public var parameters: [ParameterDescription] { [.successProbability] }
    public var takesTrials: Bool { true }
    public func support(trials: Int?) -> Support { .upTo(trials ?? 1) }
    public var sufficientStatistics: SufficientStatistics { .logBaseMeasure }
    public var estimation: String { "closed form" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { SuccessCountLikelihood(summary) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        MaximumLikelihood.fitSuccessProbability(summary)
    }

    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? { [MethodOfMoments.binomial(summary).p] }

    /// 1/(p(1 − p)) per trial; m trials per observation are in `distribution`'s information.
    public func fisherInformation(_ theta: [Double]) -> Hessian { Hessian(1 / (theta[0] * (1 - theta[0]))) }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Binomial(trials: trials ?? 1, p: theta[0])
    }

    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? {
        successText(summary, format: format)
    }
}

private func successText(_ summary: SampleSummary, format: (Double) -> String) -> String {
    let likelihood = SuccessCountLikelihood(summary)
    return
        "k/n = \(wholeNumber(likelihood.successes, format: format))/\(wholeNumber(likelihood.trials, format: format))"
}
