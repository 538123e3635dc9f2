import RealModule

/// Lognormal(μ, σ): x > 0 whose log is Normal(μ, σ). The MLE is the Normal one on log x, in
/// closed form: μ̂ = mean of log x, σ̂ = √(Σ(log x − μ̂)²/n).
public struct LognormalFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "lognormal" }
    public var title: String { "Lognormal(μ, σ): x > 0 whose log is Normal(μ, σ)" }
    public var parameters: [ParameterDescription] {
        [
            ParameterDescription(name: "mu", symbol: "μ", meaning: "mean of log x", domain: .realLine, role: .location),
            ParameterDescription(
                name: "sigma", symbol: "σ", meaning: "standard deviation of log x", domain: .positive, role: .shape),
        ]
    }
    public func support(trials: Int?) -> Support { .positiveReals }
    public var sufficientStatistics: SufficientStatistics { .logDeviations }
    public var estimation: String { "closed form" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { LognormalLikelihood(summary) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        let likelihood = LognormalLikelihood(summary)
        let n = Double(summary.count)
        let muHat = summary.meanOfLogs
        if let sigma = fixed["sigma"] {
            return FitAssembly.closedForm(
                likelihood.fixing("sigma", to: sigma), Theta(muHat), summary: summary,
                fixed: [FixedParameter(name: "sigma", value: sigma)])
        }
        let d = muHat - (fixed["mu"] ?? muHat)
        let sigmaHat = ((summary.sumOfSquaredLogDeviations + n * d * d) / n).squareRoot()
        guard sigmaHat > 0 else {
            throw MaximumLikelihood.degenerate(summary, "sigma-hat would be 0, so the likelihood is unbounded")
        }
        if let mu = fixed["mu"] {
            return FitAssembly.closedForm(
                likelihood.fixing("mu", to: mu), Theta(sigmaHat), summary: summary,
                fixed: [FixedParameter(name: "mu", value: mu)])
        }
        return FitAssembly.closedForm(likelihood, Theta(muHat, sigmaHat), summary: summary)
    }

    /// σ̃² = log(1 + s²/x̄²), μ̃ = log x̄ − σ̃²/2: the lognormal whose mean and variance are the sample's.
    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        guard summary.count > 1, !summary.allValuesEqual else { return nil }
        let mean = summary.mean
        let variance2 = Double.log(onePlus: summary.maximumLikelihoodVariance / (mean * mean))
        return [.log(mean) - variance2 / 2, variance2.squareRoot()]
    }

    /// [[1/σ², 0], [0, 2/σ²]], as for the Normal on log x.
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let sigma = theta[1]
        return Hessian(1 / (sigma * sigma), 0, 2 / (sigma * sigma))
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Lognormal(mu: theta[0], sigma: theta[1])
    }

    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? {
        parameter == "mu"
            ? "Σ log x/n = \(format(summary.sumOfLogs))/\(summary.count)"
            : "√(Σ(log x − μ)²/n), μ = \(format(fixed["mu"] ?? 0))"
    }
}

/// The Lognormal log-likelihood in θ = (μ, σ): the Normal one of log x, less Σ log x (the
/// Jacobian of x ↦ log x), from n, the mean of log x, Σ(log x − mean)² and Σ log x.
public struct LognormalLikelihood: LikelihoodProblem {
    private let onLogs: NormalLikelihood
    private let sumOfLogs: Double

    /// From a summary of lognormal data.
    ///
    /// - Precondition: the summary keeps the spread of log x and is not empty.
    public init(_ summary: SampleSummary) {
        onLogs = NormalLikelihood(
            sampleSize: summary.count, mean: summary.meanOfLogs,
            sumOfSquaredDeviations: summary.sumOfSquaredLogDeviations)
        sumOfLogs = summary.sumOfLogs
    }

    /// `["mu", "sigma"]`.
    public var parameterNames: [String] { onLogs.parameterNames }
    /// 2.
    public var dimension: Int { 2 }
    /// n.
    public var sampleSize: Int { onLogs.sampleSize }
    /// σ > 0, both finite.
    public func isInDomain(_ theta: Theta) -> Bool { onLogs.isInDomain(theta) }
    /// ℓ_Normal(μ, σ; log x) − Σ log x.
    public func logLikelihood(_ theta: Theta) -> Double { onLogs.logLikelihood(theta) - sumOfLogs }
    /// The Normal score on log x (the Jacobian does not depend on θ).
    public func score(_ theta: Theta) -> Theta { onLogs.score(theta) }
    /// The Normal Hessian on log x.
    public func hessian(_ theta: Theta) -> Hessian { onLogs.hessian(theta) }
}

/// The Lognormal distribution: X = e^Y with Y ~ Normal(μ, σ).
///
/// log f(x) = −log x − ½ log(2πσ²) − (log x − μ)²/(2σ²), for x > 0.
public struct Lognormal: Distribution, Hashable {
    /// μ, the mean of log X.
    public let mu: Double
    /// σ, the standard deviation of log X.
    public let sigma: Double

    /// - Precondition: `mu` finite, `sigma` finite and > 0.
    public init(mu: Double, sigma: Double) {
        precondition(mu.isFinite, "Lognormal mu must be finite, got \(mu)")
        precondition(sigma > 0 && sigma.isFinite, "Lognormal sigma must be finite and > 0, got \(sigma)")
        self.mu = mu
        self.sigma = sigma
    }

    /// x > 0.
    public var support: Support { .positiveReals }

    /// −log x − ½ log(2πσ²) − (log x − μ)²/(2σ²) for x > 0, −∞ otherwise.
    public func logDensity(_ x: Double) -> Double {
        guard x > 0 else { return -.infinity }
        let logX = Double.log(x)
        let z = (logX - mu) / sigma
        return -logX - 0.5 * z * z - .log(sigma) - halfLogTwoPi
    }

    /// e^(μ + σ²/2).
    public var mean: Double { .exp(mu + sigma * sigma / 2) }

    /// (e^(σ²) − 1)·e^(2μ + σ²).
    public var variance: Double { Double.expMinusOne(sigma * sigma) * .exp(2 * mu + sigma * sigma) }

    /// e^(μ + σZ) with Z standard normal.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        .exp(mu + sigma * StandardDraws.normal(using: &generator))
    }
}

extension Lognormal: CumulativeDistribution {
    /// Φ((log x − μ)/σ) for x > 0.
    public func cdf(_ x: Double) -> Double {
        x > 0 ? 0.5 * .erfc(-(.log(x) - mu) / (sigma * 2.0.squareRoot())) : 0
    }
}
