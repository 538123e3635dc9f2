import RealModule

/// Pareto(xm, α): x ≥ xm > 0, scale xm and shape (tail index) α. Closed form: x̂m = min x,
/// α̂ = n/Σ log(x/x̂m).
///
/// The support depends on xm, which breaks the regularity conditions behind the usual theory: ℓ
/// rises in xm right up to min x, so the score for xm is never zero, x̂m = min x sits on the edge
/// of what the data allow, is biased upward, and converges at rate 1/n rather than 1/√n with a
/// non-normal (exponential) limit. So xm gets no standard error from the information; its interval
/// is exact, from P(min x > t) = (xm/t)^(nα). α, given xm, is a regular parameter.
public struct ParetoFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "pareto" }
    public var title: String { "Pareto(xm, α): x ≥ xm, a support that depends on xm" }
    public var parameters: [ParameterDescription] {
        [
            ParameterDescription(
                name: "xm", symbol: "xₘ", meaning: "scale (smallest possible x)", domain: .positive, role: .scale),
            ParameterDescription(name: "alpha", symbol: "α", meaning: "tail index", domain: .positive, role: .shape),
        ]
    }
    public func support(trials: Int?) -> Support { .positiveReals }
    public var sufficientStatistics: SufficientStatistics { .logs }
    public var estimation: String { "closed form (xm = min x)" }
    public var supportBound: String? { "xm" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { ParetoLikelihood(summary) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        let likelihood = ParetoLikelihood(summary)
        let n = Double(summary.count)
        if let xm = fixed["xm"] {
            guard xm <= summary.minimum else {
                throw .excludedByFixedParameter(name: "xm", value: xm, minimum: summary.minimum)
            }
            let alphaHat = n / likelihood.sumOfLogRatios(xm)
            guard alphaHat.isFinite else {
                throw MaximumLikelihood.degenerate(summary, "alpha-hat would be infinite: every value equals xm")
            }
            return FitAssembly.closedForm(
                likelihood.fixing("xm", to: xm), Theta(alphaHat), summary: summary,
                fixed: [FixedParameter(name: "xm", value: xm)])
        }
        let xmHat = summary.minimum
        let alpha = fixed["alpha"]
        let alphaHat = alpha ?? n / likelihood.sumOfLogRatios(xmHat)
        guard alphaHat.isFinite && alphaHat > 0 else {
            throw MaximumLikelihood.degenerate(summary, "alpha-hat would be infinite, so the likelihood is unbounded")
        }
        // α with xm held at its estimate: the regular part, with the usual standard error.
        let shape = FitAssembly.closedForm(likelihood.fixing("xm", to: xmHat), Theta(alphaHat), summary: summary)
        let interval = ConfidenceInterval(lower: xmHat * Double.pow(0.05, 1 / (n * alphaHat)), upper: xmHat)
        let scale = ParameterEstimate(
            name: "xm", value: xmHat, standardError: .nan, waldInterval: interval,
            likelihoodRatioInterval: interval)
        return FitResult(
            family: summary.family, modelName: summary.family.name, sampleSize: summary.count,
            estimates: alpha == nil ? [scale] + shape.estimates : [scale],
            fixedParameters: alpha.map { [FixedParameter(name: "alpha", value: $0)] } ?? [],
            logLikelihood: likelihood.logLikelihood(Theta(xmHat, alphaHat)), method: .closedForm, iterations: 0,
            diagnosis: .converged(.scoreVanished),
            warnings: [.parameterDependentSupport(name: "xm", interval: interval)])
    }

    /// x̃m = min x, and α̃ = x̄/(x̄ − x̃m), which matches the mean αxm/(α − 1).
    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        guard summary.count > 1, !summary.allValuesEqual else { return nil }
        return [summary.minimum, summary.mean / (summary.mean - summary.minimum)]
    }

    /// I(α) = 1/α² for the shape; xm has no Fisher information in the regular sense (its score
    /// α/xm never averages to zero), so the (xm, xm) entry given, α²/xm², is the squared score.
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let (xm, alpha) = (theta[0], theta[1])
        return Hessian(alpha * alpha / (xm * xm), -1 / xm, 1 / (alpha * alpha))
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Pareto(xm: theta[0], alpha: theta[1])
    }

    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? {
        parameter == "alpha" ? "n/Σ log(x/xₘ) = \(summary.count)/\(format(Double(summary.count) / estimate))" : nil
    }
}

/// The Pareto log-likelihood in θ = (xm, α), for xm ≤ min x:
///
/// ℓ(xm, α) = n log α + nα log xm − (α + 1) Σ log x; −∞ for xm > min x.
public struct ParetoLikelihood: LikelihoodProblem {
    /// n.
    public let sampleSize: Int
    /// Σ log x.
    public let sumOfLogs: Double
    /// min x, the largest xm the data allow.
    public let minimum: Double

    /// From a summary that keeps Σ log x.
    public init(_ summary: SampleSummary) {
        precondition(summary.count > 0, "a likelihood needs at least one observation")
        sampleSize = summary.count
        sumOfLogs = summary.sumOfLogs
        minimum = summary.minimum
    }

    /// Σ log(x/xm) = Σ log x − n log xm.
    public func sumOfLogRatios(_ xm: Double) -> Double { sumOfLogs - Double(sampleSize) * .log(xm) }

    /// `["xm", "alpha"]`.
    public var parameterNames: [String] { ["xm", "alpha"] }
    /// 2.
    public var dimension: Int { 2 }
    /// 0 < xm ≤ min x and α > 0.
    public func isInDomain(_ theta: Theta) -> Bool {
        theta[0] > 0 && theta[0] <= minimum && theta[1] > 0 && theta.isFinite
    }
    /// n log α + nα log xm − (α + 1) Σ log x, −∞ when xm > min x.
    public func logLikelihood(_ theta: Theta) -> Double {
        let (xm, alpha) = (theta[0], theta[1])
        guard xm <= minimum else { return -.infinity }
        let n = Double(sampleSize)
        return n * .log(alpha) - alpha * sumOfLogRatios(xm) - sumOfLogs
    }
    /// (nα/xm, n/α − Σ log(x/xm)).
    public func score(_ theta: Theta) -> Theta {
        let (xm, alpha) = (theta[0], theta[1])
        let n = Double(sampleSize)
        return Theta(n * alpha / xm, n / alpha - sumOfLogRatios(xm))
    }
    /// [[−nα/xm², n/xm], [·, −n/α²]].
    public func hessian(_ theta: Theta) -> Hessian {
        let (xm, alpha) = (theta[0], theta[1])
        let n = Double(sampleSize)
        return Hessian(-n * alpha / (xm * xm), n / xm, -n / (alpha * alpha))
    }
}

/// The Pareto distribution: f(x) = α xm^α / x^(α+1) for x ≥ xm.
public struct Pareto: Distribution, Hashable {
    /// xm, the scale and smallest possible value.
    public let xm: Double
    /// α, the tail index.
    public let alpha: Double

    /// - Precondition: both finite and > 0.
    public init(xm: Double, alpha: Double) {
        precondition(xm > 0 && xm.isFinite && alpha > 0 && alpha.isFinite, "Pareto needs xm, alpha > 0")
        self.xm = xm
        self.alpha = alpha
    }

    /// x > 0 as a set the data are checked against; the density is 0 below xm.
    public var support: Support { .positiveReals }
    /// log α + α log xm − (α + 1) log x for x ≥ xm, −∞ below.
    public func logDensity(_ x: Double) -> Double {
        guard x >= xm else { return -.infinity }
        return .log(alpha) + alpha * .log(xm) - (alpha + 1) * .log(x)
    }
    /// αxm/(α − 1) for α > 1, ∞ otherwise.
    public var mean: Double { alpha > 1 ? alpha * xm / (alpha - 1) : .infinity }
    /// xm²α/((α − 1)²(α − 2)) for α > 2, ∞ otherwise.
    public var variance: Double {
        alpha > 2 ? xm * xm * alpha / ((alpha - 1) * (alpha - 1) * (alpha - 2)) : .infinity
    }
    /// xm·U^(−1/α) by inversion.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        xm * Double.pow(StandardDraws.openUnit(using: &generator), -1 / alpha)
    }
}

extension Pareto: CumulativeDistribution {
    /// 1 − (xm/x)^α for x ≥ xm.
    public func cdf(_ x: Double) -> Double { x >= xm ? 1 - .pow(xm / x, alpha) : 0 }
}
