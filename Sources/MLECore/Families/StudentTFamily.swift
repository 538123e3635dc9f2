import RealModule

/// Student-t(μ, σ, ν): any real number, location μ, scale σ and ν degrees of freedom, all fitted.
/// ν = 1 is the Cauchy; as ν grows it becomes Normal(μ, σ). ν is first placed on the profile
/// log-likelihood ℓp(ν) = max over (μ, σ) of ℓ(μ, σ, ν), on a grid of log ν (0.2 ≤ ν ≤ 10⁴) with
/// Newton on (μ, σ) at each point; Newton on all three with the exact 3 × 3 Hessian then climbs
/// from the best grid point (golden section on log ν where it fails).
public struct StudentTFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "student-t" }
    public var title: String { "Student-t(μ, σ, ν): any real number, tails heavier as ν falls" }
    public var parameters: [ParameterDescription] {
        [
            ParameterDescription(
                name: "mu", symbol: "μ", meaning: "location (median)", domain: .realLine, role: .location),
            ParameterDescription(name: "sigma", symbol: "σ", meaning: "scale", domain: .positive, role: .scale),
            ParameterDescription(
                name: "nu", symbol: "ν", meaning: "degrees of freedom", domain: .positive, role: .shape),
        ]
    }
    public func support(trials: Int?) -> Support { .realLine }
    public var sufficientStatistics: SufficientStatistics { .values }
    public var estimation: String { "a grid on log ν, then Newton on μ, σ and ν together" }

    /// The smallest and largest ν searched: at the upper edge the data are indistinguishable from Normal.
    public static let degreesOfFreedomRange: ClosedRange<Double> = 0.2...1e4

    /// The (μ, σ) likelihood with ν held at its profile maximum ν̂: the two-dimensional problem
    /// `explore` and the generic checks see. Hold ν (`fixing: ["nu": …]`) for a chosen ν.
    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem {
        StudentTLikelihood(summary.values, nu: StudentTProfile(summary.values, fixed: [:]).maximum().nu)
    }

    /// With ν held, the (μ, σ) likelihood at it (with μ or σ held too when `fixed` says); with ν free,
    /// the (μ, σ) likelihood at the profile maximum ν̂.
    ///
    /// - Precondition: `fixed` holds ν, or at most one of μ and σ.
    public func likelihood(_ summary: SampleSummary, fixing fixed: [String: Double]) -> AnyLikelihoodProblem {
        precondition(fixed["nu"] != nil || fixed.count <= 1, "hold nu, or at most one of mu and sigma")
        var rest = fixed
        let nu = rest.removeValue(forKey: "nu") ?? StudentTProfile(summary.values, fixed: rest).maximum().nu
        let problem = StudentTLikelihood(summary.values, nu: nu)
        guard let (name, value) = rest.first else { return AnyLikelihoodProblem(problem) }
        return AnyLikelihoodProblem(problem.fixing(name, to: value))
    }

    /// One value is enough with σ held, two otherwise.
    public func minimumSampleSize(fixed: [String: Double]) -> Int { fixed["sigma"] != nil ? 1 : 2 }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        guard !summary.allValuesEqual || fixed["sigma"] != nil, let start = methodOfMoments(summary) else {
            throw MaximumLikelihood.degenerate(summary, "sigma-hat would be 0, so the likelihood is unbounded")
        }
        if let unbounded = Self.unboundedAtTie(summary.values, fixed: fixed) { throw unbounded }
        var rest = fixed
        if let nu = rest.removeValue(forKey: "nu") {
            let inner = NumericalFit.fit(
                StudentTLikelihood(summary.values, nu: nu), start: start, summary: summary, fixed: rest)
            return inner.holding(FixedParameter(name: "nu", value: nu), in: parameterNames)
        }
        return StudentTProfile(summary.values, fixed: rest).fit(summary: summary)
    }

    /// The error when ℓ has no maximum because of ties: with μ at a value c that k of the n values
    /// equal and σ → 0, each tied value adds −log σ and each other value about ν log σ, so ℓ → ∞
    /// when k > ν(n − k) for some ν allowed (the smallest searched, 0.2, unless ν is held). With σ
    /// held, or μ held away from the tie, ℓ is bounded.
    static func unboundedAtTie(_ values: [Double], fixed: [String: Double]) -> DataError? {
        guard fixed["sigma"] == nil, !values.isEmpty else { return nil }
        let tie = fixed["mu"].map { mu in (value: mu, count: values.count { $0 == mu }) } ?? Ties.largest(in: values)
        let others = values.count - tie.count
        let nu = fixed["nu"] ?? degreesOfFreedomRange.lowerBound
        guard tie.count > 0, others > 0, Double(tie.count) > nu * Double(others) else { return nil }
        // ν at k/(n − k) or above keeps ℓ bounded; rounded up to three decimals for the advice.
        let least = (1000 * Double(tie.count) / Double(others)).rounded(.up) / 1000
        let advice =
            least <= degreesOfFreedomRange.upperBound
            ? "hold nu at \(plain(least)) or more with --nu, or sigma with --sigma" : "hold sigma with --sigma"
        return .tiedValues(
            value: tie.value, count: tie.count, sampleSize: values.count,
            consequence:
                "with mu \(tie.count == 1 ? "at any one of them" : "there") the Student-t likelihood grows without bound as sigma -> 0 for every nu below \(tie.count)/\(others), so there is no maximum likelihood estimate; \(advice)"
        )
    }

    /// Not the moments, which a Student-t may lack: the median, half the interquartile range
    /// (σ's value when ν = 1) and ν = 5.
    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        guard let robust = CauchyFamily.robustStart(summary.values) else { return nil }
        return robust + [5]
    }

    /// The (μ, σ) block of the information at ν: [[(ν + 1)/((ν + 3)σ²), 0], [0, 2ν/((ν + 3)σ²)]].
    /// The full 3 × 3 information does not fit a two-dimensional `Hessian`; the fit's standard
    /// errors come from the observed 3 × 3 information instead.
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let (sigma, nu) = (theta[1], theta[2])
        let s2 = sigma * sigma
        return Hessian((nu + 1) / ((nu + 3) * s2), 0, 2 * nu / ((nu + 3) * s2))
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        StudentT(location: theta[0], scale: theta[1], degreesOfFreedom: theta[2])
    }
}

/// The Student-t log-likelihood in θ = (μ, σ) at a fixed ν, with u = (x − μ)/σ:
///
/// ℓ(μ, σ) = n[log Γ((ν + 1)/2) − log Γ(ν/2) − ½ log(νπ) − log σ] − (ν + 1)/2 · Σ log(1 + u²/ν).
public struct StudentTLikelihood: LikelihoodProblem {
    let values: [Double]
    /// ν, held.
    public let nu: Double

    /// From the values and ν.
    public init(_ values: [Double], nu: Double) {
        precondition(!values.isEmpty, "a likelihood needs at least one observation")
        precondition(nu > 0 && nu.isFinite, "nu must be a finite number greater than 0")
        self.values = values
        self.nu = nu
    }

    /// `["mu", "sigma"]`.
    public var parameterNames: [String] { ["mu", "sigma"] }
    /// 2.
    public var dimension: Int { 2 }
    /// n.
    public var sampleSize: Int { values.count }
    /// μ finite, σ > 0 finite.
    public func isInDomain(_ theta: Theta) -> Bool { theta[1] > 0 && theta.isFinite }

    public func logLikelihood(_ theta: Theta) -> Double {
        StudentTTerms(values, mu: theta[0], sigma: theta[1], nu: nu).logLikelihood
    }

    /// (Σ wu/σ, −n/σ + Σ wu²/σ), w = (ν + 1)/(ν + u²).
    public func score(_ theta: Theta) -> Theta {
        let full = StudentTTerms(values, mu: theta[0], sigma: theta[1], nu: nu).score
        return Theta(full[0], full[1])
    }

    public func hessian(_ theta: Theta) -> Hessian {
        let h = StudentTTerms(values, mu: theta[0], sigma: theta[1], nu: nu).hessian
        return Hessian(h[0][0], h[0][1], h[1][1])
    }

    /// ℓ, the score and the Hessian from one pass of `StudentTTerms`, not three.
    public func terms(_ theta: Theta) -> LikelihoodTerms {
        let all = StudentTTerms(values, mu: theta[0], sigma: theta[1], nu: nu)
        return LikelihoodTerms(
            logLikelihood: all.logLikelihood, score: Theta(all.score[0], all.score[1]),
            hessian: Hessian(all.hessian[0][0], all.hessian[0][1], all.hessian[1][1]))
    }
}

/// ℓ, its exact score and its exact 3 × 3 Hessian in (μ, σ, ν), summed in one pass.
struct StudentTTerms {
    let logLikelihood: Double
    let score: [Double]
    let hessian: [[Double]]

    init(_ values: [Double], mu: Double, sigma: Double, nu: Double) {
        let n = Double(values.count)
        var logs = CompensatedSum()
        var (s1, s2, s3) = (CompensatedSum(), CompensatedSum(), CompensatedSum())
        var (h11, h12, h22) = (CompensatedSum(), CompensatedSum(), CompensatedSum())
        var (h13, h23, h33) = (CompensatedSum(), CompensatedSum(), CompensatedSum())
        for x in values {
            let u = (x - mu) / sigma
            let u2 = u * u
            let d = nu + u2
            let d2 = d * d
            let w = (nu + 1) / d
            let q = nu * d
            let log1p = Double.log(onePlus: u2 / nu)
            logs.add(log1p)
            s1.add(w * u)
            s2.add(w * u2)
            s3.add(-0.5 * log1p + (nu + 1) * u2 / (2 * q))
            h11.add(-(nu + 1) * (nu - u2) / d2)
            h12.add(-2 * nu * (nu + 1) * u / d2)
            h22.add(-(2 * nu * (nu + 1) * u2 / d2 + w * u2))
            h13.add(u * (u2 - 1) / d2)
            h23.add(u2 * (u2 - 1) / d2)
            h33.add(u2 / (2 * q) + u2 / 2 * (q - (nu + 1) * (2 * nu + u2)) / (q * q))
        }
        let constant = Double.logGamma((nu + 1) / 2) - .logGamma(nu / 2) - 0.5 * .log(nu * .pi) - .log(sigma)
        logLikelihood = n * constant - (nu + 1) / 2 * logs.value
        let nuScore = n / 2 * (digamma((nu + 1) / 2) - digamma(nu / 2) - 1 / nu) + s3.value
        score = [s1.value / sigma, (s2.value - n) / sigma, nuScore]
        let s = sigma * sigma
        let nuNu = n / 4 * (trigamma((nu + 1) / 2) - trigamma(nu / 2)) + n / (2 * nu * nu) + h33.value
        hessian = [
            [h11.value / s, h12.value / s, h13.value / sigma],
            [h12.value / s, (n + h22.value) / s, h23.value / sigma],
            [h13.value / sigma, h23.value / sigma, nuNu],
        ]
    }
}

/// The Student-t distribution: f(x) = Γ((ν+1)/2)/(Γ(ν/2)√(νπ)σ) · (1 + u²/ν)^(−(ν+1)/2).
public struct StudentT: Distribution, Hashable {
    /// μ, the location (median).
    public let location: Double
    /// σ, the scale.
    public let scale: Double
    /// ν, the degrees of freedom.
    public let degreesOfFreedom: Double

    /// - Precondition: `location` finite; `scale` and `degreesOfFreedom` finite and > 0.
    public init(location: Double, scale: Double, degreesOfFreedom: Double) {
        precondition(
            location.isFinite && scale > 0 && scale.isFinite && degreesOfFreedom > 0 && degreesOfFreedom.isFinite,
            "Student-t needs a finite mu, sigma > 0 and nu > 0")
        self.location = location
        self.scale = scale
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// Every real number.
    public var support: Support { .realLine }
    public func logDensity(_ x: Double) -> Double {
        StudentTTerms([x], mu: location, sigma: scale, nu: degreesOfFreedom).logLikelihood
    }
    /// μ when ν > 1, otherwise NaN.
    public var mean: Double { degreesOfFreedom > 1 ? location : .nan }
    /// σ²ν/(ν − 2) when ν > 2, infinite for 1 < ν ≤ 2, otherwise NaN.
    public var variance: Double {
        let nu = degreesOfFreedom
        return nu > 2 ? scale * scale * nu / (nu - 2) : nu > 1 ? .infinity : .nan
    }
    /// μ + σZ/√(V/ν), Z standard Normal and V chi-squared with ν degrees of freedom.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        let z = Normal(mu: 0, sigma: 1).sample(using: &generator)
        let v = Gamma(alpha: degreesOfFreedom / 2, beta: 0.5).sample(using: &generator)
        return location + scale * z / (v / degreesOfFreedom).squareRoot()
    }
}

extension StudentT: CumulativeDistribution {
    /// ½ I_{ν/(ν+u²)}(ν/2, ½) in the lower tail, one minus it in the upper.
    public func cdf(_ x: Double) -> Double {
        let u = (x - location) / scale
        let tail = 0.5 * regularizedBeta(degreesOfFreedom / (degreesOfFreedom + u * u), degreesOfFreedom / 2, 0.5)
        return u < 0 ? tail : 1 - tail
    }
}
