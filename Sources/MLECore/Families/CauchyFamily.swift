import RealModule

/// Cauchy(x₀, γ): any real number, location x₀ and scale γ. No closed form and no moments: Newton–
/// Raphson from the robust start (median, half the interquartile range). The likelihood needs every
/// value.
public struct CauchyFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "cauchy" }
    public var title: String { "Cauchy(x0, γ): any real number, no mean or variance" }
    public var parameters: [ParameterDescription] {
        [
            ParameterDescription(
                name: "x0", symbol: "x₀", meaning: "location (median)", domain: .realLine, role: .location),
            ParameterDescription(
                name: "gamma", symbol: "γ", meaning: "scale (half the IQR)", domain: .positive, role: .scale),
        ]
    }
    public func support(trials: Int?) -> Support { .realLine }
    public var sufficientStatistics: SufficientStatistics { .values }
    public var estimation: String { "Newton-Raphson from the median and half the IQR" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem { CauchyLikelihood(summary.values) }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        guard !summary.allValuesEqual || fixed["gamma"] != nil, let start = methodOfMoments(summary) else {
            throw MaximumLikelihood.degenerate(summary, "gamma-hat would be 0, so the likelihood is unbounded")
        }
        if let unbounded = Self.unboundedAtTie(summary.values, fixed: fixed) { throw unbounded }
        return NumericalFit.fit(CauchyLikelihood(summary.values), start: start, summary: summary, fixed: fixed)
    }

    /// The error when ℓ has no maximum because of ties: with x₀ at a value c that k of the n
    /// values equal and γ → 0, each tied value adds −log γ and each other value about +log γ (the
    /// Student-t's ν log σ at ν = 1), so ℓ → ∞ when k > n − k. With γ held, or x₀ held away from
    /// the tie, ℓ is bounded.
    static func unboundedAtTie(_ values: [Double], fixed: [String: Double]) -> DataError? {
        guard fixed["gamma"] == nil else { return nil }
        let tie = fixed["x0"].map { x0 in (value: x0, count: values.count { $0 == x0 }) } ?? Ties.largest(in: values)
        let others = values.count - tie.count
        guard tie.count > 1, tie.count > others else { return nil }
        return .tiedValues(
            value: tie.value, count: tie.count, sampleSize: values.count,
            consequence:
                "with x0 there the Cauchy likelihood grows without bound as gamma -> 0 (more than half the values are tied), so there is no maximum likelihood estimate; hold gamma with --gamma"
        )
    }

    /// Not the moments, which a Cauchy lacks: the median and half the interquartile range, which
    /// estimate x₀ and γ consistently.
    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? { Self.robustStart(summary.values) }

    /// The median and half the interquartile range of `values` (half the range, or 1, when that is 0).
    static func robustStart(_ values: [Double]) -> [Double]? {
        let sorted = values.sorted()
        guard let median = Quantiles.of(sorted, 0.5) else { return nil }
        let halfRange = ((Quantiles.of(sorted, 0.75) ?? 0) - (Quantiles.of(sorted, 0.25) ?? 0)) / 2
        let spread = halfRange > 0 ? halfRange : (sorted.last! - sorted.first!) / 2
        return [median, spread > 0 ? spread : 1]
    }

    /// [[1/(2γ²), 0], [0, 1/(2γ²)]].
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let i = 1 / (2 * theta[1] * theta[1])
        return Hessian(i, 0, i)
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Cauchy(location: theta[0], scale: theta[1])
    }
}

/// Sample quantiles of sorted values by linear interpolation (numpy's default).
enum Quantiles {
    static func of(_ sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }
}

/// The Cauchy log-likelihood in θ = (x₀, γ), with u = (x − x₀)/γ:
///
/// ℓ(x₀, γ) = −n log(πγ) − Σ log(1 + u²).
public struct CauchyLikelihood: LikelihoodProblem {
    private let values: [Double]

    /// From the values.
    public init(_ values: [Double]) {
        precondition(!values.isEmpty, "a likelihood needs at least one observation")
        self.values = values
    }

    /// `["x0", "gamma"]`.
    public var parameterNames: [String] { ["x0", "gamma"] }
    /// 2.
    public var dimension: Int { 2 }
    /// n.
    public var sampleSize: Int { values.count }
    /// x₀ finite, γ > 0 finite.
    public func isInDomain(_ theta: Theta) -> Bool { theta[1] > 0 && theta.isFinite }

    /// −n log(πγ) − Σ log(1 + u²).
    public func logLikelihood(_ theta: Theta) -> Double {
        let (x0, gamma) = (theta[0], theta[1])
        var sum = CompensatedSum()
        for x in values {
            let u = (x - x0) / gamma
            sum.add(.log(onePlus: u * u))
        }
        return -Double(values.count) * .log(.pi * gamma) - sum.value
    }

    /// (Σ 2u/(γd), −n/γ + Σ 2u²/(γd)), d = 1 + u²: from `terms`, the one pass over the values.
    public func score(_ theta: Theta) -> Theta { terms(theta).score }

    /// [[−Σ 2(1 − u²)/d², −Σ 4u/d²], [·, n − Σ 2u²(3 + u²)/d²]] / γ²: from `terms`.
    public func hessian(_ theta: Theta) -> Hessian { terms(theta).hessian }

    /// ℓ, the score and the Hessian in one pass over the values (ℓ alone has its own cheaper loop).
    public func terms(_ theta: Theta) -> LikelihoodTerms {
        let (x0, gamma) = (theta[0], theta[1])
        let n = Double(values.count)
        var logs = CompensatedSum()
        var (first, second) = (CompensatedSum(), CompensatedSum())
        var (h11, h12, h22) = (CompensatedSum(), CompensatedSum(), CompensatedSum())
        for x in values {
            let u = (x - x0) / gamma
            let u2 = u * u
            let d = 1 + u2
            let d2 = d * d
            logs.add(.log(onePlus: u2))
            first.add(2 * u / d)
            second.add(2 * u2 / d)
            h11.add(-2 * (1 - u2) / d2)
            h12.add(-4 * u / d2)
            h22.add(-2 * u2 * (3 + u2) / d2)
        }
        let g2 = gamma * gamma
        return LikelihoodTerms(
            logLikelihood: -n * .log(.pi * gamma) - logs.value,
            score: Theta(first.value / gamma, (second.value - n) / gamma),
            hessian: Hessian(h11.value / g2, h12.value / g2, (n + h22.value) / g2))
    }
}

/// The Cauchy distribution: f(x) = 1/(πγ(1 + ((x − x₀)/γ)²)); no mean, no variance.
public struct Cauchy: Distribution, Hashable {
    /// x₀, the location (median).
    public let location: Double
    /// γ, the scale.
    public let scale: Double

    /// - Precondition: `location` finite, `scale` finite and > 0.
    public init(location: Double, scale: Double) {
        precondition(location.isFinite && scale > 0 && scale.isFinite, "Cauchy needs a finite x0 and gamma > 0")
        self.location = location
        self.scale = scale
    }

    /// Every real number.
    public var support: Support { .realLine }
    /// −log(πγ) − log(1 + u²).
    public func logDensity(_ x: Double) -> Double {
        let u = (x - location) / scale
        return -Double.log(.pi * scale) - .log(onePlus: u * u)
    }
    /// Undefined: NaN.
    public var mean: Double { .nan }
    /// Undefined: NaN.
    public var variance: Double { .nan }
    /// x₀ + γ tan(π(U − ½)).
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        location + scale * .tan(.pi * (StandardDraws.openUnit(using: &generator) - 0.5))
    }
}

extension Cauchy: CumulativeDistribution {
    /// ½ + atan((x − x₀)/γ)/π.
    public func cdf(_ x: Double) -> Double { 0.5 + .atan((x - location) / scale) / .pi }
}
