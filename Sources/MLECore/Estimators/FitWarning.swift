/// A caution attached to a fit.
public enum FitWarning: Sendable, Hashable, CustomStringConvertible {
    /// θ̂ sits on the edge of the parameter space (p̂ = 0 or 1): ℓ is not flat there, the
    /// standard error is 0 and the Wald interval is meaningless; the likelihood-ratio interval is not.
    case boundaryEstimate(name: String, value: Double)
    /// The optimizer stopped without converging, for the reason given.
    case notConverged(Diagnosis)
    /// The support depends on the parameter `name` (Pareto's x ≥ xm), so the usual theory does not
    /// hold for it; `interval` is the exact interval used instead.
    case parameterDependentSupport(name: String, interval: ConfidenceInterval)
    /// The parameter `name` enters ℓ through |x − μ|, which has no second derivative at the
    /// estimate, so its standard error comes from the expected (Fisher) information.
    case expectedInformation(name: String)

    /// Student-t's ν̂ is on an edge of the searched range (10⁴ above: the data are
    /// indistinguishable from Normal); its standard error is not given.
    case degreesOfFreedomAtEdge(nu: Double)

    /// Fewer values than `smallSampleSize`: the intervals rest on large-sample theory.
    case smallSample(n: Int)

    /// Below this n a fit warns that its intervals may not cover 95%.
    public static let smallSampleSize = 30
    /// The observed information could not be inverted in double precision (its entries are
    /// beyond 1e±308 at this scale, or it is singular), so standard errors and Wald intervals
    /// are not given.
    case standardErrorsUnavailable
    /// The observed information at the estimate is not positive definite (ℓ has a corner there,
    /// as |x − m| has, or is flat in some direction), so it gives no covariance.
    case informationNotPositiveDefinite
    /// A typed model whose exp(formula) does not integrate (or, for counts, sum) to 1 at the
    /// estimate, over the support the data suggest: not a density, so ℓ, AIC and BIC are not
    /// those of a probability model. `total` is NaN where the formula is undefined on the support.
    case notADensity(total: Double, support: DensityCheck.Support)

    /// One sentence.
    public var description: String {
        switch self {
        case .boundaryEstimate(let name, let value):
            return
                "\(name)-hat = \(plain(value)) is on the boundary of the parameter space: the standard error is 0 and the Wald interval is meaningless; use the likelihood-ratio interval"
        case .notConverged(let diagnosis):
            return "the fit did not converge (\(diagnosis)); the estimates are the last iterate"
        case .parameterDependentSupport(let name, let interval):
            return
                "the support x ≥ \(name) depends on \(name), so the regularity conditions fail for it: \(name)-hat = min x is biased upward, its error shrinks like 1/n (not 1/√n), and it has no standard error from the information; the exact 95% interval [\(plain(interval.lower)), \(plain(interval.upper))] comes from P(min x > t) = (\(name)/t)^(n·alpha)"
        case .smallSample(let n):
            return
                "n = \(n) is small: the standard errors and both intervals rest on large-sample approximations, so their coverage may be far from 95%; the likelihood-ratio interval is usually the safer"
        case .expectedInformation(let name):
            return
                "the log-likelihood has a corner at \(name)-hat (it is piecewise linear in \(name)), so the standard error of \(name) is from the expected information n/b², not the observed"
        case .degreesOfFreedomAtEdge(let nu):
            return nu > 1
                ? "nu-hat = \(plain(nu)) is at the top of the range searched: the data are indistinguishable from Normal (a Normal fit is simpler), and nu has no standard error"
                : "nu-hat = \(plain(nu)) is at the bottom of the range searched: the tails are heavier than any Student-t with nu >= 0.2, and nu has no standard error"
        case .standardErrorsUnavailable:
            return
                "no standard errors: the observed information is beyond double precision at this scale (or singular); rescale the data (change their unit) for them"
        case .informationNotPositiveDefinite:
            return
                "no standard errors: the log-likelihood does not curve down in every direction at the estimate (it has a corner there, as |x - m| has, or is flat), so the observed information gives no covariance; the likelihood-ratio intervals do not need it"
        case .notADensity(let total, let support):
            let verb = support == .counts ? "sum" : "integrate"
            let amount =
                total.isFinite
                ? "\(verb)s to \(plain(total, significantDigits: 4)), not 1,"
                : total.isNaN ? "is undefined somewhere" : "\(verb)s to infinity"
            return
                "exp(formula) \(amount) over \(support.rawValue) at the estimate: it is not a density there, so the log-likelihood, AIC and BIC are not those of a probability model and cannot be compared with other models'; the estimates are still right if only a constant factor is missing"
        }
    }
}
