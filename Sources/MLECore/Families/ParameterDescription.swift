/// One parameter of a family as everything that shows or checks it needs it: its name on the
/// command line and in lesson files, its symbol, what it means, where it may lie, and its role.
public struct ParameterDescription: Sendable, Hashable {
    /// The name typed on the command line (`--mu`) and in lesson files (`fixed: {mu: 0}`).
    public let name: String
    /// The symbol readouts show: μ, σ, λ, α, β, p.
    public let symbol: String
    /// What it is, in a few words: "mean of log x".
    public let meaning: String
    /// The values it may take.
    public let domain: ParameterDomain
    /// What it does to the distribution.
    public let role: ParameterRole

    /// A parameter described in full.
    public init(name: String, symbol: String, meaning: String, domain: ParameterDomain, role: ParameterRole) {
        self.name = name
        self.symbol = symbol
        self.meaning = meaning
        self.domain = domain
        self.role = role
    }
}

/// Where a parameter may lie: the open parameter space of one coordinate.
public enum ParameterDomain: Sendable, Hashable {
    /// Any finite number (a location).
    case realLine
    /// A finite number greater than 0 (a scale, rate or shape).
    case positive
    /// Strictly between 0 and 1 (a probability).
    case openUnitInterval

    /// Whether `value` is allowed.
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        switch self {
        case .realLine: return true
        case .positive: return value > 0
        case .openUnitInterval: return value > 0 && value < 1
        }
    }

    /// What an allowed value is, for "must be …" messages: `a finite number`, `greater than 0`,
    /// `between 0 and 1`.
    public var requirement: String {
        switch self {
        case .realLine: return "a finite number"
        case .positive: return "greater than 0"
        case .openUnitInterval: return "between 0 and 1"
        }
    }

    /// What is wrong with `value`, as the end of "--mu must be …": nil when it is allowed. A value
    /// that is not a finite number is told so first, whatever the domain.
    public func violation(_ value: Double) -> String? {
        if contains(value) { return nil }
        if !value.isFinite { return self == .realLine ? requirement : "a finite number \(requirement)" }
        return requirement
    }
}

/// What a parameter does to the distribution.
public enum ParameterRole: String, Sendable, Hashable {
    /// Shifts the distribution (μ).
    case location
    /// Stretches it (σ).
    case scale
    /// Changes its form (α).
    case shape
    /// Events per unit (λ, β).
    case rate
    /// A probability of success (p).
    case probability
}
