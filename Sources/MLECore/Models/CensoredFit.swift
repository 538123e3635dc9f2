/// `fit DIST --censored`: the censored log-likelihood of `CensoredSurvival` as a likelihood
/// problem, so a censored fit gets the same table, standard errors and intervals as any fit.
public struct CensoredLikelihood: LikelihoodProblem {
    /// The families a censored fit supports, by command-line name.
    public static let familyNames = ["exponential", "weibull"]

    /// The survival data.
    public let data: CensoredSurvival
    /// True for the Weibull (k, λ), false for the exponential (λ).
    public let isWeibull: Bool

    /// The problem for `family`, or nil when censored fits do not support it.
    public init?(_ data: CensoredSurvival, family: Family) {
        guard Self.familyNames.contains(family.name) else { return nil }
        self.data = data
        isWeibull = family.name == "weibull"
    }

    public var parameterNames: [String] { isWeibull ? ["k", "lambda"] : ["lambda"] }
    public var dimension: Int { isWeibull ? 2 : 1 }
    public var sampleSize: Int { data.times.count }

    public func isInDomain(_ theta: Theta) -> Bool {
        theta.values.allSatisfy { $0 > 0 && $0.isFinite }
    }

    public func logLikelihood(_ theta: Theta) -> Double {
        isWeibull
            ? data.weibullLogLikelihood(shape: theta[0], scale: theta[1])
            : data.exponentialLogLikelihood(rate: theta[0])
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
        guard isWeibull else { return Theta(d / theta[0] - data.times.reduce(0, +)) }
        let (k, sigma) = (theta[0], theta[1])
        let s = weibullSums(k, sigma)
        return Theta(d / k + s.eventU - s.pu, k / sigma * (s.p - d))
    }

    public func hessian(_ theta: Theta) -> Hessian {
        let d = Double(data.eventCount)
        guard isWeibull else { return Hessian(-d / (theta[0] * theta[0])) }
        let (k, sigma) = (theta[0], theta[1])
        let s = weibullSums(k, sigma)
        return Hessian(
            -d / (k * k) - s.puu,
            (s.p - d) / sigma + k / sigma * s.pu,
            -k / (sigma * sigma) * (s.p - d) - k * k / (sigma * sigma) * s.p)
    }
}

extension CensoredSurvival {
    /// Why a censored fit could not be made.
    public enum FitError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The family has no censored likelihood here.
        case unsupportedFamily(String)
        /// The Weibull profile score has no root (every time equal).
        case noMaximum

        public var description: String {
            switch self {
            case .unsupportedFamily(let name):
                return
                    "--censored fits \(CensoredLikelihood.familyNames.joined(separator: " or ")), not \(name)"
            case .noMaximum: return "the Weibull likelihood has no maximum for these times (all equal?)"
            }
        }
    }

    /// The maximum-likelihood fit of `family` to these censored times, with standard errors from
    /// the observed information of the censored log-likelihood.
    public func fit(_ family: Family) throws(FitError) -> FitResult {
        guard let problem = CensoredLikelihood(self, family: family) else {
            throw .unsupportedFamily(family.name)
        }
        if !problem.isWeibull {
            return FitAssembly.censored(problem, Theta(exponentialRate), family: family, method: .closedForm)
        }
        guard let (shape, scale) = weibullFit else { throw .noMaximum }
        return FitAssembly.censored(problem, Theta(shape, scale), family: family, method: .profileRoot)
    }
}
