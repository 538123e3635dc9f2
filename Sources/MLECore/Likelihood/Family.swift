/// The families `mletutor fit` and the explorer can fit, with their parameter names and supports.
public enum Family: Sendable, Hashable, CustomStringConvertible {
    /// Normal(mu, sigma).
    case normal
    /// Bernoulli(p): 0/1 data.
    case bernoulli
    /// Binomial(trials, p): success counts out of a known number of trials.
    case binomial(trials: Int)
    /// Exponential(lambda), lambda a rate.
    case exponential
    /// Poisson(lambda): counts.
    case poisson
    /// Gamma(alpha, beta), beta a rate.
    case gamma

    /// The family's name in lower case, as typed on the command line: `normal`, `gamma`, …
    public var name: String {
        switch self {
        case .normal: return "normal"
        case .bernoulli: return "bernoulli"
        case .binomial: return "binomial"
        case .exponential: return "exponential"
        case .poisson: return "poisson"
        case .gamma: return "gamma"
        }
    }

    /// `name`.
    public var description: String { name }

    /// All parameter names, in the order estimates are reported.
    public var parameterNames: [String] {
        switch self {
        case .normal: return ["mu", "sigma"]
        case .bernoulli, .binomial: return ["p"]
        case .exponential, .poisson: return ["lambda"]
        case .gamma: return ["alpha", "beta"]
        }
    }

    /// The values one observation may take.
    public var support: Support {
        switch self {
        case .normal: return .realLine
        case .bernoulli: return .zeroOrOne
        case .binomial(let trials): return .upTo(trials)
        case .exponential: return .nonNegativeReals
        case .poisson: return .counts
        case .gamma: return .positiveReals
        }
    }

    /// Whether `value` is allowed for the parameter `name`: any finite μ; σ, λ, α, β > 0; 0 < p < 1.
    ///
    /// - Precondition: `name` is one of `parameterNames`.
    public func allows(_ value: Double, for name: String) -> Bool {
        precondition(parameterNames.contains(name), "'\(name)' is not a parameter of \(self.name)")
        guard value.isFinite else { return false }
        switch name {
        case "mu": return true
        case "p": return value > 0 && value < 1
        default: return value > 0
        }
    }

    /// Checks one observation, read from `line`, against the support.
    ///
    /// - Throws: `DataError.notFinite`, `.notZeroOrOne`, `.notWholeNumber` or `.outsideSupport`.
    @inlinable
    public func check(_ x: Double, line: Int) throws(DataError) {
        guard x.isFinite else { throw .notFinite(text: "\(x)", line: line) }
        switch self {
        case .normal:
            return
        case .gamma:
            if x > 0 { return }
        case .exponential:
            if x >= 0 { return }
        case .bernoulli:
            if x == 0 || x == 1 { return }
            throw .notZeroOrOne(value: x, line: line)
        case .poisson, .binomial:
            guard x.rounded() == x else { throw .notWholeNumber(value: x, line: line, family: name) }
            if support.contains(x) { return }
        }
        throw .outsideSupport(value: x, line: line, family: name, support: support)
    }
}
