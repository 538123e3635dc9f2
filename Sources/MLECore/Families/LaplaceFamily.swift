import RealModule

/// Laplace(μ, b): any real number, location μ and scale b. Closed form: μ̂ = the median,
/// b̂ = mean |x − μ̂|. The likelihood needs every value (the median is not a running sum).
public struct LaplaceFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "laplace" }
    public var title: String { "Laplace(μ, b): any real number, double-exponential tails" }
    public var parameters: [ParameterDescription] {
        [
            .mean,
            ParameterDescription(
                name: "b", symbol: "b", meaning: "scale (mean |x − μ|)", domain: .positive, role: .scale),
        ]
    }
    public func support(trials: Int?) -> Support { .realLine }
    public var sufficientStatistics: SufficientStatistics { .values }
    public var estimation: String { "closed form (median, mean absolute deviation)" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { LaplaceLikelihood(summary.values) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        let median = Quantiles.of(summary.values.sorted(), 0.5) ?? 0
        let likelihood = LaplaceLikelihood(summary.values, median: median)
        let muHat = fixed["mu"] ?? median
        let warning = FitWarning.expectedInformation(name: "mu")
        if let b = fixed["b"] {
            return FitAssembly.closedForm(
                likelihood.fixing("b", to: b), Theta(muHat), summary: summary,
                fixed: [FixedParameter(name: "b", value: b)]
            ).adding(warning)
        }
        let bHat = likelihood.meanAbsoluteDeviation(from: muHat)
        guard bHat > 0 else {
            throw MaximumLikelihood.degenerate(summary, "b-hat would be 0, so the likelihood is unbounded")
        }
        if let mu = fixed["mu"] {
            return FitAssembly.closedForm(
                likelihood.fixing("mu", to: mu), Theta(bHat), summary: summary,
                fixed: [FixedParameter(name: "mu", value: mu)])
        }
        return FitAssembly.closedForm(likelihood, Theta(muHat, bHat), summary: summary).adding(warning)
    }

    /// μ̃ = x̄, b̃ = s/√2 (the Laplace variance is 2b²).
    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        guard summary.count > 1, !summary.allValuesEqual else { return nil }
        return [summary.mean, (summary.maximumLikelihoodVariance / 2).squareRoot()]
    }

    /// [[1/b², 0], [0, 1/b²]].
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let i = 1 / (theta[1] * theta[1])
        return Hessian(i, 0, i)
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Laplace(mu: theta[0], b: theta[1])
    }
}

/// The Laplace log-likelihood in θ = (μ, b): ℓ(μ, b) = −n log(2b) − Σ|x − μ|/b.
///
/// ℓ is piecewise linear in μ, so ∂²ℓ/∂μ² is 0 between the data and undefined at them; the
/// Hessian here puts the expected curvature −n/b² in its place, so standard errors exist.
public struct LaplaceLikelihood: LikelihoodProblem {
    private let values: [Double]
    /// The sample median, when known: μ̂ whatever b is held at.
    private let median: Double?

    /// From the values, and their median if it is known.
    public init(_ values: [Double], median: Double? = nil) {
        precondition(!values.isEmpty, "a likelihood needs at least one observation")
        self.values = values
        self.median = median
    }

    /// The profiles' inner maxima in closed form: with μ held, b̂(μ) = Σ|x − μ|/n; with b held,
    /// μ̂ = the median (when known), since b only scales Σ|x − μ|.
    public func maximizingOther(index: Int, at value: Double) -> Double? {
        guard index == 0 else { return median }
        let b = meanAbsoluteDeviation(from: value)
        return b > 0 && b.isFinite ? b : nil
    }

    /// Σ|x − μ|/n.
    public func meanAbsoluteDeviation(from mu: Double) -> Double {
        var sum = CompensatedSum()
        for x in values { sum.add(abs(x - mu)) }
        return sum.value / Double(values.count)
    }

    /// `["mu", "b"]`.
    public var parameterNames: [String] { ["mu", "b"] }
    /// 2.
    public var dimension: Int { 2 }
    /// n.
    public var sampleSize: Int { values.count }
    /// μ finite, b > 0 finite.
    public func isInDomain(_ theta: Theta) -> Bool { theta[1] > 0 && theta.isFinite }

    /// −n log(2b) − Σ|x − μ|/b.
    public func logLikelihood(_ theta: Theta) -> Double {
        let n = Double(values.count)
        return -n * .log(2 * theta[1]) - n * meanAbsoluteDeviation(from: theta[0]) / theta[1]
    }

    /// (Σ sign(x − μ)/b, −n/b + Σ|x − μ|/b²).
    public func score(_ theta: Theta) -> Theta {
        let (mu, b) = (theta[0], theta[1])
        let n = Double(values.count)
        let signs = values.reduce(0.0) { $0 + ($1 > mu ? 1 : ($1 < mu ? -1 : 0)) }
        return Theta(signs / b, -n / b + n * meanAbsoluteDeviation(from: mu) / (b * b))
    }

    /// [[−n/b² (expected), −Σ sign(x − μ)/b²], [·, n/b² − 2Σ|x − μ|/b³]].
    public func hessian(_ theta: Theta) -> Hessian {
        let (mu, b) = (theta[0], theta[1])
        let n = Double(values.count)
        let signs = values.reduce(0.0) { $0 + ($1 > mu ? 1 : ($1 < mu ? -1 : 0)) }
        return Hessian(
            -n / (b * b), -signs / (b * b), n / (b * b) - 2 * n * meanAbsoluteDeviation(from: mu) / (b * b * b))
    }
}

/// The Laplace distribution: f(x) = e^(−|x − μ|/b)/(2b).
public struct Laplace: Distribution, Hashable {
    /// μ, the location (mean and median).
    public let mu: Double
    /// b, the scale.
    public let b: Double

    /// - Precondition: `mu` finite, `b` finite and > 0.
    public init(mu: Double, b: Double) {
        precondition(mu.isFinite && b > 0 && b.isFinite, "Laplace needs a finite mu and b > 0")
        self.mu = mu
        self.b = b
    }

    /// Every real number.
    public var support: Support { .realLine }
    /// −log(2b) − |x − μ|/b.
    public func logDensity(_ x: Double) -> Double { -Double.log(2 * b) - abs(x - mu) / b }
    /// μ.
    public var mean: Double { mu }
    /// 2b².
    public var variance: Double { 2 * b * b }
    /// μ ± b·E with E standard exponential, the sign from a fair coin.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        let u = StandardDraws.openUnit(using: &generator) - 0.5
        return mu - b * (u < 0 ? -1 : 1) * .log(1 - 2 * abs(u))
    }
}

extension Laplace: CumulativeDistribution {
    /// ½e^((x − μ)/b) below μ, 1 − ½e^(−(x − μ)/b) above.
    public func cdf(_ x: Double) -> Double {
        x < mu ? 0.5 * .exp((x - mu) / b) : 1 - 0.5 * .exp(-(x - mu) / b)
    }
}
