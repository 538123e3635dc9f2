/// A caution attached to a fit.
public enum FitWarning: Sendable, Hashable, CustomStringConvertible {
    /// θ̂ sits on the edge of the parameter space (p̂ = 0 or 1): ℓ is not flat there, the
    /// standard error is 0 and the Wald interval is meaningless; the likelihood-ratio interval is not.
    case boundaryEstimate(name: String, value: Double)
    /// The optimizer stopped without converging, for the reason given.
    case notConverged(Diagnosis)
    /// The observed information could not be inverted in double precision (its entries are
    /// beyond 1e±308 at this scale, or it is singular), so standard errors and Wald intervals
    /// are not given.
    case standardErrorsUnavailable

    /// One sentence.
    public var description: String {
        switch self {
        case .boundaryEstimate(let name, let value):
            return
                "\(name)-hat = \(plain(value)) is on the boundary of the parameter space: the standard error is 0 and the Wald interval is meaningless; use the likelihood-ratio interval"
        case .notConverged(let diagnosis):
            return "the fit did not converge (\(diagnosis)); the estimates are the last iterate"
        case .standardErrorsUnavailable:
            return
                "no standard errors: the observed information is beyond double precision at this scale (or singular); rescale the data (change their unit) for them"
        }
    }
}
