import RealModule

/// Beta(α, β): 0 < x < 1. Newton–Raphson on (α, β) from the method of moments; the likelihood
/// needs only n, Σ log x and Σ log(1 − x).
public struct BetaFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "beta" }
    public var title: String { "Beta(α, β): 0 < x < 1" }
    public var parameters: [ParameterDescription] {
        [
            ParameterDescription(name: "alpha", symbol: "α", meaning: "first shape", domain: .positive, role: .shape),
            ParameterDescription(name: "beta", symbol: "β", meaning: "second shape", domain: .positive, role: .shape),
        ]
    }
    public func support(trials: Int?) -> Support { .openUnitInterval }
    public var sufficientStatistics: SufficientStatistics { [.logs, .logComplements] }
    public var estimation: String { "Newton-Raphson from the method of moments" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { BetaLikelihood(summary) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        guard fixed.count == 1 || (summary.count > 1 && !summary.allValuesEqual) else {
            throw MaximumLikelihood.degenerate(summary, "both shapes would be infinite: there is no spread")
        }
        // Where the moments give no usable start (a spread too small for their arithmetic, values
        // near 1e-320), the uniform Beta(1, 1) is one.
        let start = methodOfMoments(summary) ?? [1, 1]
        return NumericalFit.fit(BetaLikelihood(summary), start: start, summary: summary, fixed: fixed)
    }

    /// With m = x̄, v = Σ(x − x̄)²/n and c = m(1 − m)/v − 1: α̃ = mc, β̃ = (1 − m)c.
    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        guard summary.count > 1, !summary.allValuesEqual else { return nil }
        let m = summary.mean
        let c = m * (1 - m) / summary.maximumLikelihoodVariance - 1
        let start = [m * c, (1 - m) * c]
        return c > 0 && start.allSatisfy({ $0.isFinite && $0 > 0 }) ? start : nil
    }

    /// [[ψ′(α) − ψ′(α + β), −ψ′(α + β)], [·, ψ′(β) − ψ′(α + β)]].
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let both = trigamma(theta[0] + theta[1])
        return Hessian(trigamma(theta[0]) - both, -both, trigamma(theta[1]) - both)
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Beta(alpha: theta[0], beta: theta[1])
    }
}

/// The Beta log-likelihood in θ = (α, β):
///
/// ℓ(α, β) = (α − 1) Σ log x + (β − 1) Σ log(1 − x) − n log B(α, β).
public struct BetaLikelihood: LikelihoodProblem {
    /// n.
    public let sampleSize: Int
    /// Σ log x.
    public let sumOfLogs: Double
    /// Σ log(1 − x).
    public let sumOfLogComplements: Double

    /// From a summary of data between 0 and 1.
    public init(_ summary: SampleSummary) {
        precondition(summary.count > 0, "a likelihood needs at least one observation")
        sampleSize = summary.count
        sumOfLogs = summary.sumOfLogs
        sumOfLogComplements = summary.sumOfLogComplements
    }

    /// `["alpha", "beta"]`.
    public var parameterNames: [String] { ["alpha", "beta"] }
    /// 2.
    public var dimension: Int { 2 }
    /// α > 0 and β > 0, both finite.
    public func isInDomain(_ theta: Theta) -> Bool { theta[0] > 0 && theta[1] > 0 && theta.isFinite }

    /// (α − 1) Σ log x + (β − 1) Σ log(1 − x) − n log B(α, β).
    public func logLikelihood(_ theta: Theta) -> Double {
        let (a, b) = (theta[0], theta[1])
        let logBeta = Double.logGamma(a) + .logGamma(b) - .logGamma(a + b)
        return (a - 1) * sumOfLogs + (b - 1) * sumOfLogComplements - Double(sampleSize) * logBeta
    }

    /// (Σ log x − n(ψ(α) − ψ(α + β)), Σ log(1 − x) − n(ψ(β) − ψ(α + β))).
    public func score(_ theta: Theta) -> Theta {
        let (a, b) = (theta[0], theta[1])
        let n = Double(sampleSize)
        let both = digamma(a + b)
        return Theta(sumOfLogs - n * (digamma(a) - both), sumOfLogComplements - n * (digamma(b) - both))
    }

    /// −n times the Fisher information, which does not depend on the data.
    public func hessian(_ theta: Theta) -> Hessian {
        let n = Double(sampleSize)
        let both = trigamma(theta[0] + theta[1])
        return Hessian(-n * (trigamma(theta[0]) - both), n * both, -n * (trigamma(theta[1]) - both))
    }
}

/// The Beta distribution on 0 < x < 1 with shapes α, β > 0.
///
/// log f(x) = (α − 1) log x + (β − 1) log(1 − x) − log B(α, β).
public struct Beta: Distribution, Hashable {
    /// α, the first shape.
    public let alpha: Double
    /// β, the second shape.
    public let beta: Double

    /// - Precondition: both finite and > 0.
    public init(alpha: Double, beta: Double) {
        precondition(alpha > 0 && alpha.isFinite && beta > 0 && beta.isFinite, "Beta needs alpha, beta > 0")
        self.alpha = alpha
        self.beta = beta
    }

    /// 0 < x < 1.
    public var support: Support { .openUnitInterval }
    /// (α − 1) log x + (β − 1) log(1 − x) − log B(α, β) inside, −∞ outside.
    public func logDensity(_ x: Double) -> Double {
        guard x > 0 && x < 1 else { return -.infinity }
        return (alpha - 1) * .log(x) + (beta - 1) * .log(onePlus: -x) - .logGamma(alpha) - .logGamma(beta)
            + .logGamma(alpha + beta)
    }
    /// α/(α + β).
    public var mean: Double { alpha / (alpha + beta) }
    /// αβ/((α + β)²(α + β + 1)).
    public var variance: Double {
        let s = alpha + beta
        return alpha * beta / (s * s * (s + 1))
    }
    /// X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β).
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        let x = StandardDraws.gamma(shape: alpha, using: &generator)
        let y = StandardDraws.gamma(shape: beta, using: &generator)
        return x / (x + y)
    }
}

extension Beta: CumulativeDistribution {
    /// I_x(α, β).
    public func cdf(_ x: Double) -> Double { regularizedBeta(x, alpha, beta) }
}
