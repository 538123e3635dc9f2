/// How a fit computed its estimates.
public enum FitMethod: Sendable, Hashable, CustomStringConvertible {
    /// A formula (x̄, k/N, …).
    case closedForm
    /// Newton–Raphson on the likelihood.
    case newtonRaphson
    /// Bisection on a one-parameter profile score, the other parameter by formula.
    case profileRoot

    /// `closed form` or `Newton-Raphson`.
    public var description: String {
        switch self {
        case .closedForm: return "closed form"
        case .newtonRaphson: return "Newton-Raphson"
        case .profileRoot: return "profile-score root"
        }
    }
}
