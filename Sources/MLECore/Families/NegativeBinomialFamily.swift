import RealModule

/// NegativeBinomial(r, p): the number of failures before the r-th success, 0, 1, 2, …, with r > 0
/// real and p both fitted. Newton–Raphson from the method of moments; the likelihood needs every
/// value (Σ log Γ(x + r) changes with r).
public struct NegativeBinomialFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "negative-binomial" }
    public var title: String { "NegativeBinomial(r, p): failures before success r, 0, 1, 2, …" }
    public var parameters: [ParameterDescription] {
        [
            ParameterDescription(
                name: "r", symbol: "r", meaning: "successes awaited (real)", domain: .positive, role: .shape),
            .successProbability,
        ]
    }
    public func support(trials: Int?) -> Support { .counts }
    public var sufficientStatistics: SufficientStatistics { .values }
    public var estimation: String { "Newton-Raphson from the method of moments" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem {
        NegativeBinomialLikelihood(summary.values)
    }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        guard summary.sum > 0 else {
            throw MaximumLikelihood.degenerate(summary, "p-hat would be 1, where the distribution has no spread")
        }
        let mean = summary.mean
        var start: [Double]
        if let moments = methodOfMoments(summary) {
            start = moments
        } else if !summary.maximumLikelihoodVariance.isFinite {
            // Moments beyond double precision: start from r = 1 and the p that matches the mean.
            start = [1, 1 / (1 + mean)]
        } else {
            guard !fixed.isEmpty else {
                throw MaximumLikelihood.degenerate(
                    summary,
                    "the variance is not above the mean, so r-hat would be infinite (the Poisson limit): fit poisson")
            }
            start = [1, 1 / (1 + mean)]
        }
        // Given r, p̂ = r/(r + x̄) exactly; given p, start r where the means agree.
        if let r = fixed["r"] { start[1] = r / (r + mean) }
        if let p = fixed["p"] { start[0] = mean * p / (1 - p) }
        return NumericalFit.fit(
            NegativeBinomialLikelihood(summary.values), start: start, summary: summary, fixed: fixed)
    }

    /// r̃ = x̄²/(s² − x̄), p̃ = x̄/s²; nil unless s² > x̄ (overdispersion).
    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        guard summary.count > 1 else { return nil }
        let mean = summary.mean
        let variance = summary.maximumLikelihoodVariance
        guard variance > mean, mean > 0 else { return nil }
        let moments = [mean * mean / (variance - mean), mean / variance]
        // Counts near 1e154 and above overflow the variance: their moments are no start.
        return moments[0] > 0 && moments[0].isFinite && moments[1] > 0 && moments[1] < 1 ? moments : nil
    }

    /// [[ψ′(r) − E ψ′(X + r), −1/p], [−1/p, r/(p²(1 − p))]], the first entry summed over the mass
    /// function until its terms vanish.
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let (r, p) = (theta[0], theta[1])
        let distribution = NegativeBinomial(r: r, p: p)
        var expected = 0.0
        var x = 0.0
        var mass = 1.0
        while x < 1e7 && (x < distribution.mean || mass > 1e-18) {
            mass = Double.exp(distribution.logDensity(x))
            expected += mass * trigamma(x + r)
            x += 1
        }
        return Hessian(trigamma(r) - expected, -1 / p, r / (p * p * (1 - p)))
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        NegativeBinomial(r: theta[0], p: theta[1])
    }
}

/// The negative binomial log-likelihood in θ = (r, p):
///
/// ℓ(r, p) = Σ log Γ(x + r) − n log Γ(r) − Σ log x! + nr log p + Σx log(1 − p).
public struct NegativeBinomialLikelihood: LikelihoodProblem {
    /// The distinct counts and how often each occurs, so a million counts cost a few hundred terms.
    private let counts: [(value: Double, times: Double)]
    private let n: Double
    private let total: Double
    private let logFactorials: Double

    /// From the counts.
    public init(_ values: [Double]) {
        precondition(!values.isEmpty, "a likelihood needs at least one observation")
        var tally: [Double: Double] = [:]
        for x in values { tally[x, default: 0] += 1 }
        counts = tally.sorted { $0.key < $1.key }.map { (value: $0.key, times: $0.value) }
        n = Double(values.count)
        total = counts.reduce(0) { $0 + $1.value * $1.times }
        logFactorials = counts.reduce(0) { $0 + $1.times * .logGamma($1.value + 1) }
    }

    /// `["r", "p"]`.
    public var parameterNames: [String] { ["r", "p"] }
    /// 2.
    public var dimension: Int { 2 }
    /// n.
    public var sampleSize: Int { Int(n) }
    /// r > 0 and 0 < p < 1.
    public func isInDomain(_ theta: Theta) -> Bool { theta[0] > 0 && theta[1] > 0 && theta[1] < 1 && theta.isFinite }

    /// Σ log Γ(x + r) − n log Γ(r) − Σ log x! + nr log p + Σx log(1 − p).
    public func logLikelihood(_ theta: Theta) -> Double {
        let (r, p) = (theta[0], theta[1])
        var sum = CompensatedSum()
        for (value, times) in counts { sum.add(times * (Double.logGamma(value + r) - .logGamma(r))) }
        return sum.value - logFactorials + n * r * .log(p) + total * .log(onePlus: -p)
    }

    /// (Σ ψ(x + r) − nψ(r) + n log p, nr/p − Σx/(1 − p)).
    public func score(_ theta: Theta) -> Theta {
        let (r, p) = (theta[0], theta[1])
        var sum = CompensatedSum()
        for (value, times) in counts { sum.add(times * (digamma(value + r) - digamma(r))) }
        return Theta(sum.value + n * .log(p), n * r / p - total / (1 - p))
    }

    /// [[Σ ψ′(x + r) − nψ′(r), n/p], [·, −nr/p² − Σx/(1 − p)²]].
    public func hessian(_ theta: Theta) -> Hessian {
        let (r, p) = (theta[0], theta[1])
        var sum = CompensatedSum()
        for (value, times) in counts { sum.add(times * (trigamma(value + r) - trigamma(r))) }
        return Hessian(sum.value, n / p, -n * r / (p * p) - total / ((1 - p) * (1 - p)))
    }
}

/// The negative binomial distribution: P(x) = Γ(x + r)/(Γ(r) x!) p^r (1 − p)^x on 0, 1, 2, …
public struct NegativeBinomial: Distribution, Hashable {
    /// r > 0, the successes awaited.
    public let r: Double
    /// p, the success probability.
    public let p: Double

    /// - Precondition: r > 0 finite, 0 < p < 1.
    public init(r: Double, p: Double) {
        precondition(r > 0 && r.isFinite && p > 0 && p < 1, "NegativeBinomial needs r > 0 and 0 < p < 1")
        self.r = r
        self.p = p
    }

    /// {0, 1, 2, …}.
    public var support: Support { .counts }
    /// log Γ(x + r) − log Γ(r) − log x! + r log p + x log(1 − p) on the support.
    public func logDensity(_ x: Double) -> Double {
        guard support.contains(x) else { return -.infinity }
        return .logGamma(x + r) - .logGamma(r) - .logGamma(x + 1) + r * .log(p) + x * .log(onePlus: -p)
    }
    /// r(1 − p)/p.
    public var mean: Double { r * (1 - p) / p }
    /// r(1 − p)/p².
    public var variance: Double { r * (1 - p) / (p * p) }
    /// Poisson(Λ) with Λ ~ Gamma(r, rate p/(1 − p)).
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        let rate = StandardDraws.gamma(shape: r, using: &generator) * (1 - p) / p
        return Poisson(lambda: max(rate, .leastNormalMagnitude)).sample(using: &generator)
    }
}

extension NegativeBinomial: CumulativeDistribution {
    /// I_p(r, ⌊x⌋ + 1).
    public func cdf(_ x: Double) -> Double { x >= 0 ? regularizedBeta(p, r, x.rounded(.down) + 1) : 0 }
}
