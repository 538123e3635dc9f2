/// A family as a fit uses it: its description and, for a family of success counts, the number of
/// trials per observation. Everything about the family comes from `model`, its
/// `FamilyDescription`; the families themselves are listed once, in `FamilyRegistry`.
public struct Family: Sendable, Hashable, CustomStringConvertible {
    /// The description: name, parameters, support, fitting.
    public let model: any FamilyDescription
    /// Trials per observation, for a family that `takesTrials`; nil otherwise.
    public let trials: Int?
    /// The values one observation may take (kept, so checking a value costs no dynamic call).
    public let support: Support

    /// The family described by `model`, with `trials` when it takes them.
    ///
    /// - Precondition: `trials` is given (and ≥ 1) exactly when `model.takesTrials`.
    public init(_ model: any FamilyDescription, trials: Int? = nil) {
        precondition(
            model.takesTrials == (trials != nil), "\(model.name) \(model.takesTrials ? "needs" : "takes no") trials")
        precondition((trials ?? 1) >= 1, "trials must be at least 1, got \(trials ?? 0)")
        self.model = model
        self.trials = trials
        support = model.support(trials: trials)
    }

    /// The registered family called `name`, with `trials` when it takes them; nil for an unknown
    /// name or trials given to a family that takes none (or missing for one that does).
    public init?(named name: String, trials: Int? = nil) {
        guard let model = FamilyRegistry.description(named: name), model.takesTrials == (trials != nil),
            (trials ?? 1) >= 1
        else { return nil }
        self.init(model, trials: trials)
    }

    /// Normal(μ, σ).
    public static let normal = Family(NormalFamily())
    /// Bernoulli(p): 0/1 data.
    public static let bernoulli = Family(BernoulliFamily())
    /// Binomial(trials, p): success counts out of a known number of trials.
    public static func binomial(trials: Int) -> Family { Family(BinomialFamily(), trials: trials) }
    /// Exponential(λ), λ a rate.
    public static let exponential = Family(ExponentialFamily())
    /// Poisson(λ): counts.
    public static let poisson = Family(PoissonFamily())
    /// Gamma(α, β), β a rate.
    public static let gamma = Family(GammaFamily())

    /// The family's name in lower case, as typed on the command line: `normal`, `gamma`, …
    public var name: String { model.name }

    /// `name`.
    public var description: String { name }

    /// All parameter names, in the order estimates are reported.
    public var parameterNames: [String] { model.parameterNames }

    /// The parameters, described.
    public var parameters: [ParameterDescription] { model.parameters }

    /// Same name and trials.
    public static func == (lhs: Family, rhs: Family) -> Bool { lhs.name == rhs.name && lhs.trials == rhs.trials }

    /// Hashes the name and trials.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(trials)
    }

    /// Whether `value` is allowed for the parameter `name`, by its domain.
    ///
    /// - Precondition: `name` is one of `parameterNames`.
    public func allows(_ value: Double, for name: String) -> Bool {
        guard let parameter = model.parameter(name) else {
            preconditionFailure("'\(name)' is not a parameter of \(self.name)")
        }
        return parameter.domain.contains(value)
    }

    /// Checks one observation, read from `line`, against the support.
    ///
    /// - Throws: `DataError.notFinite`, `.notZeroOrOne`, `.notWholeNumber` or `.outsideSupport`.
    @inlinable
    public func check(_ x: Double, line: Int) throws(DataError) {
        guard x.isFinite else { throw .notFinite(text: "\(x)", line: line) }
        if support.contains(x) { return }
        if support == .zeroOrOne { throw .notZeroOrOne(value: x, line: line) }
        if support.isDiscrete && x.rounded() != x { throw .notWholeNumber(value: x, line: line, family: name) }
        throw .outsideSupport(value: x, line: line, family: name, support: support)
    }
}
