/// `fit DIST --censored`: the censored log-likelihood of `CensoredSurvival` as a likelihood
/// problem, so a censored fit gets the same table, standard errors and intervals as any fit.
public struct CensoredLikelihood: LikelihoodProblem {
    /// The families a censored fit supports, by command-line name.
    public static let familyNames = Kind.allCases.map(\.rawValue)
    /// The names for a message: "exponential, weibull, lognormal and gamma".
    public static let familyList =
        familyNames.dropLast().joined(separator: ", ") + " and " + familyNames[familyNames.count - 1]

    /// A family with a censored likelihood here.
    public enum Kind: String, CaseIterable, Sendable {
        case exponential, weibull, lognormal, gamma
    }

    /// The survival data.
    public let data: CensoredSurvival
    /// Which family's likelihood this is.
    public let kind: Kind

    /// The problem for `family`, or nil when censored fits do not support it.
    public init?(_ data: CensoredSurvival, family: Family) {
        guard let kind = Kind(rawValue: family.name) else { return nil }
        self.data = data
        self.kind = kind
    }

    public var parameterNames: [String] {
        switch kind {
        case .exponential: return ["lambda"]
        case .weibull: return ["k", "lambda"]
        case .lognormal: return ["mu", "sigma"]
        case .gamma: return ["alpha", "beta"]
        }
    }
    public var dimension: Int { kind == .exponential ? 1 : 2 }
    public var sampleSize: Int { data.times.count }

    /// Every parameter positive and finite, except the lognormal μ, which only needs to be finite.
    public func isInDomain(_ theta: Theta) -> Bool {
        theta.values.enumerated().allSatisfy { index, value in
            value.isFinite && (value > 0 || (kind == .lognormal && index == 0))
        }
    }

    public func logLikelihood(_ theta: Theta) -> Double {
        switch kind {
        case .exponential: return data.exponentialLogLikelihood(rate: theta[0])
        case .weibull: return data.weibullLogLikelihood(shape: theta[0], scale: theta[1])
        case .lognormal: return data.lognormalLogLikelihood(mu: theta[0], sigma: theta[1])
        case .gamma: return data.gammaLogLikelihood(shape: theta[0], rate: theta[1])
        }
    }

    /// Sums for the Weibull derivatives at (k, σ), with u = log(t/σ): Σ zᵏ, Σ zᵏu, Σ zᵏu², Σ δu.
    private func weibullSums(_ k: Double, _ sigma: Double) -> (p: Double, pu: Double, puu: Double, eventU: Double) {
        var p = CompensatedSum()
        var pu = CompensatedSum()
        var puu = CompensatedSum()
        var eventU = CompensatedSum()
        for (t, event) in zip(data.times, data.events) {
            let u = Double.log(t / sigma)
            let power = Double.exp(k * u)
            p.add(power)
            pu.add(power * u)
            puu.add(power * u * u)
            if event { eventU.add(u) }
        }
        return (p.value, pu.value, puu.value, eventU.value)
    }

    public func score(_ theta: Theta) -> Theta {
        let d = Double(data.eventCount)
        switch kind {
        case .exponential: return Theta(d / theta[0] - data.times.reduce(0, +))
        case .weibull:
            let (k, sigma) = (theta[0], theta[1])
            let s = weibullSums(k, sigma)
            return Theta(d / k + s.eventU - s.pu, k / sigma * (s.p - d))
        case .lognormal: return data.lognormalDerivatives(mu: theta[0], sigma: theta[1]).score
        case .gamma: return data.gammaDerivatives(shape: theta[0], rate: theta[1]).score
        }
    }

    public func hessian(_ theta: Theta) -> Hessian {
        let d = Double(data.eventCount)
        switch kind {
        case .exponential: return Hessian(-d / (theta[0] * theta[0]))
        case .weibull:
            let (k, sigma) = (theta[0], theta[1])
            let s = weibullSums(k, sigma)
            return Hessian(
                -d / (k * k) - s.puu,
                (s.p - d) / sigma + k / sigma * s.pu,
                -k / (sigma * sigma) * (s.p - d) - k * k / (sigma * sigma) * s.p)
        case .lognormal: return data.lognormalDerivatives(mu: theta[0], sigma: theta[1]).hessian
        case .gamma: return data.gammaDerivatives(shape: theta[0], rate: theta[1]).hessian
        }
    }
}

extension CensoredSurvival {
    /// Why a censored fit could not be made.
    public enum FitError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The family has no censored likelihood here.
        case unsupportedFamily(String)
        /// The likelihood of this family has no maximum (every time equal).
        case noMaximum(String)

        public var description: String {
            switch self {
            case .unsupportedFamily(let name):
                return
                    "--censored fits \(CensoredLikelihood.familyList), not \(name)"
            case .noMaximum(let name): return "the \(name) likelihood has no maximum for these times (all equal?)"
            }
        }
    }

    /// The maximum-likelihood fit of `family` to these censored times, with standard errors from
    /// the observed information of the censored log-likelihood: the exponential in closed form,
    /// the Weibull by its profile score, the lognormal and Gamma by safeguarded Newton from the
    /// fit that takes every time as an event.
    public func fit(_ family: Family) throws(FitError) -> FitResult {
        guard let problem = CensoredLikelihood(self, family: family) else {
            throw .unsupportedFamily(family.name)
        }
        switch problem.kind {
        case .exponential:
            return FitAssembly.censored(problem, Theta(exponentialRate), family: family, method: .closedForm)
        case .weibull:
            guard let (shape, scale) = weibullFit else { throw .noMaximum(family.name) }
            return FitAssembly.censored(problem, Theta(shape, scale), family: family, method: .profileRoot)
        case .lognormal, .gamma:
            guard let start = uncensoredStart(lognormal: problem.kind == .lognormal) else {
                throw .noMaximum(family.name)
            }
            let (estimate, iterations, diagnosis) = NumericalFit.maximize(problem, from: start)
            return FitAssembly.censored(
                problem, estimate, family: family, method: .newtonRaphson, iterations: iterations,
                diagnosis: diagnosis)
        }
    }
}
