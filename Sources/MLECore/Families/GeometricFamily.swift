import RealModule

/// Geometric(p): the number of failures before the first success, 0, 1, 2, …; p̂ = n/(n + Σx) in
/// closed form.
public struct GeometricFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "geometric" }
    public var title: String { "Geometric(p): failures before the first success, 0, 1, 2, …" }
    public var parameters: [ParameterDescription] { [.successProbability] }
    public func support(trials: Int?) -> Support { .counts }
    public var estimation: String { "closed form" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { GeometricLikelihood(summary) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        let likelihood = GeometricLikelihood(summary)
        let pHat = Double(summary.count) / (Double(summary.count) + summary.sum)
        guard pHat < 1 else { return FitAssembly.boundary(likelihood, estimate: pHat, summary: summary) }
        return FitAssembly.closedForm(likelihood, Theta(pHat), summary: summary)
    }

    /// p̃ = 1/(1 + x̄), the same as the MLE.
    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? { [1 / (1 + summary.mean)] }

    /// 1/(p²(1 − p)).
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let p = theta[0]
        return Hessian(1 / (p * p * (1 - p)))
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution { Geometric(p: theta[0]) }

    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? {
        "n/(n + Σx) = \(summary.count)/\(wholeNumber(Double(summary.count) + summary.sum, format: format))"
    }
}

/// The Geometric log-likelihood in p: ℓ(p) = n log p + Σx log(1 − p).
public struct GeometricLikelihood: LikelihoodProblem {
    /// n.
    public let sampleSize: Int
    /// Σx, the failures.
    public let failures: Double

    /// From a summary of counts.
    public init(_ summary: SampleSummary) {
        precondition(summary.count > 0, "a likelihood needs at least one observation")
        sampleSize = summary.count
        failures = summary.sum
    }

    /// `["p"]`.
    public var parameterNames: [String] { ["p"] }
    /// 1.
    public var dimension: Int { 1 }
    /// 0 < p ≤ 1 (p = 1 is where all-zero data put the estimate).
    public func isInDomain(_ theta: Theta) -> Bool { theta[0] > 0 && theta[0] <= 1 }
    /// n log p + Σx log(1 − p).
    public func logLikelihood(_ theta: Theta) -> Double {
        let p = theta[0]
        return Double(sampleSize) * .log(p) + (failures == 0 ? 0 : failures * .log(onePlus: -p))
    }
    /// n/p − Σx/(1 − p).
    public func score(_ theta: Theta) -> Theta { Theta(Double(sampleSize) / theta[0] - failures / (1 - theta[0])) }
    /// −n/p² − Σx/(1 − p)².
    public func hessian(_ theta: Theta) -> Hessian {
        let p = theta[0]
        return Hessian(-Double(sampleSize) / (p * p) - failures / ((1 - p) * (1 - p)))
    }
}

/// The Geometric distribution on 0, 1, 2, …: P(x) = p(1 − p)^x.
public struct Geometric: Distribution, Hashable {
    /// p, the success probability.
    public let p: Double

    /// - Precondition: 0 < p < 1.
    public init(p: Double) {
        precondition(p > 0 && p < 1, "Geometric p must be between 0 and 1, got \(p)")
        self.p = p
    }

    /// {0, 1, 2, …}.
    public var support: Support { .counts }
    /// log p + x log(1 − p) on the support, −∞ elsewhere.
    public func logDensity(_ x: Double) -> Double {
        guard support.contains(x) else { return -.infinity }
        return .log(p) + x * .log(onePlus: -p)
    }
    /// (1 − p)/p.
    public var mean: Double { (1 - p) / p }
    /// (1 − p)/p².
    public var variance: Double { (1 - p) / (p * p) }
    /// ⌊log U / log(1 − p)⌋ by inversion.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        (Double.log(StandardDraws.openUnit(using: &generator)) / .log(onePlus: -p)).rounded(.down)
    }
}

extension Geometric: CumulativeDistribution {
    /// 1 − (1 − p)^(⌊x⌋ + 1).
    public func cdf(_ x: Double) -> Double {
        x >= 0 ? -.expMinusOne((x.rounded(.down) + 1) * .log(onePlus: -p)) : 0
    }
}
