/// Everything about one distribution family that `fit`, `explore` and lesson pages need, said once:
/// its name, parameters, support, what a summary keeps of the data, how it is fitted, where a
/// numerical fit starts, its Fisher information, and how to draw from it.
///
/// A new family is one type conforming to this protocol and one line in `FamilyRegistry.all`;
/// the command-line options and help, the lesson fields and their lint messages, the readouts'
/// symbols and the slider ranges all derive from it.
public protocol FamilyDescription: Sendable {
    /// The name typed on the command line and in lesson files, in lower case: `lognormal`.
    var name: String { get }
    /// The distribution in the course's notation, for help: `Lognormal(μ, σ): log x is Normal(μ, σ)`.
    var title: String { get }
    /// The parameters, in the order estimates are reported.
    var parameters: [ParameterDescription] { get }
    /// Whether the family takes a known number of trials per observation (`--trials`, `trials:`).
    var takesTrials: Bool { get }
    /// The values one observation may take, given the trials when `takesTrials`.
    func support(trials: Int?) -> Support
    /// What a `SampleSummary` must keep beyond n, Σx and Σ(x − x̄)².
    var sufficientStatistics: SufficientStatistics { get }
    /// The parameter the support depends on (Pareto's xm), if any: the usual theory (a zero score,
    /// standard errors from the information) does not hold for it.
    var supportBound: String? { get }
    /// How the estimates are reached, in words, for help: `closed form` or `Newton-Raphson on α`.
    var estimation: String { get }

    /// The log-likelihood of the summarised data in all of the family's parameters.
    ///
    /// - Precondition: the summary is of this family and not empty.
    func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem

    /// The log-likelihood in the free parameters with those in `fixed` held: by default
    /// `likelihood(_:)` with the one fixed parameter held; a family with more than two parameters
    /// (Student-t) builds its two-dimensional problem here.
    ///
    /// - Precondition: the summary is of this family and not empty; `fixed` leaves at most two free.
    func likelihood(_ summary: SampleSummary, fixing fixed: [String: Double]) -> AnyLikelihoodProblem

    /// The fewest values a fit with `fixed` held needs (1 or 2).
    func minimumSampleSize(fixed: [String: Double]) -> Int

    /// The maximum likelihood fit, with the parameters in `fixed` held at their values.
    ///
    /// - Precondition: `fixed` holds allowed values of this family's parameters and leaves one
    ///   free; the summary has at least `minimumSampleSize(fixed:)` values.
    /// - Throws: `DataError.allValuesEqual` when the likelihood has no finite interior maximum.
    func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult

    /// Method-of-moments estimates of all parameters, in order: where a numerical fit starts and
    /// what the moments lessons compare with; nil when the sample has no spread to match.
    func methodOfMoments(_ summary: SampleSummary) -> [Double]?

    /// The Fisher information of one observation, I(θ), at all parameters θ in order.
    func fisherInformation(_ theta: [Double]) -> Hessian

    /// The distribution at all parameters θ in order, to draw from, evaluate and compare with the
    /// data (its CDF drives `fit --plot`).
    ///
    /// - Precondition: every value is allowed; `trials` is given when `takesTrials`.
    func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution

    /// The closed form of the estimate of `parameter` with the data's numbers put in ("x̄ = …"),
    /// when one parameter is free and it has one; numbers are written with `format`.
    func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String?
}

extension FamilyDescription {
    /// No trials.
    public var takesTrials: Bool { false }
    /// None: the support is fixed.
    public var supportBound: String? { nil }
    /// Nothing beyond n, Σx and Σ(x − x̄)².
    public var sufficientStatistics: SufficientStatistics { [] }
    /// One value for a one-parameter fit, two when two parameters are free. With the location
    /// held (Normal or lognormal μ, Laplace μ), one value fits the scale as its distance from it
    /// (σ̂ = |x − μ|); only a location and a scale estimated together need two values to show a spread.
    public func minimumSampleSize(fixed: [String: Double]) -> Int {
        parameters.count - fixed.count >= 2 ? 2 : 1
    }
    /// `likelihood(_:)`, with the fixed parameter (at most one) held.
    public func likelihood(_ summary: SampleSummary, fixing fixed: [String: Double]) -> AnyLikelihoodProblem {
        let full = likelihood(summary)
        guard let (name, value) = fixed.first else { return AnyLikelihoodProblem(full) }
        return Self.holding(full, name, at: value)
    }

    private static func holding(_ full: some LikelihoodProblem, _ name: String, at value: Double)
        -> AnyLikelihoodProblem
    {
        AnyLikelihoodProblem(full.fixing(name, to: value))
    }

    /// None.
    public func closedFormText(
        _ summary: SampleSummary, fixed: [String: Double], parameter: String, estimate: Double,
        format: (Double) -> String
    ) -> String? { nil }

    /// The parameter called `name`, if the family has one.
    public func parameter(_ name: String) -> ParameterDescription? { parameters.first { $0.name == name } }

    /// The parameter names, in order.
    public var parameterNames: [String] { parameters.map(\.name) }

    /// Why `explore` or a likelihood page cannot draw this family with the parameters in `fixed`
    /// held, or nil when it can: they draw at most two free parameters, and of a family with three
    /// (Student-t) only the first two, so the third must be held. `example` spells holding a
    /// parameter at a value where the message is read (`--nu 5`, `fixed: {nu: 5}`).
    public func drawingLimit(fixed: some Collection<String>, example: (String, Double) -> String) -> String? {
        guard let third = parameters.dropFirst(2).first(where: { !fixed.contains($0.name) }) else { return nil }
        return
            "\(name) has \(parameters.count) parameters and a likelihood is drawn in at most two, of which \(third.name) cannot be one: hold one parameter fixed, e.g. \(example(third.name, 5))"
    }
}

/// What a `SampleSummary` keeps of the data beyond n, Σx and Σ(x − x̄)², each in one pass with
/// compensated sums.
public struct SufficientStatistics: OptionSet, Sendable, Hashable {
    /// The raw value.
    public let rawValue: Int
    /// Creates the set from its raw value.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Σ log x.
    public static let logs = SufficientStatistics(rawValue: 1)
    /// Σ(log x − mean log x)², with Σ log x.
    public static let logDeviations = SufficientStatistics(rawValue: 2)
    /// Σ log h(x), the base measure of a count family (−log x!, log C(m, x)).
    public static let logBaseMeasure = SufficientStatistics(rawValue: 4)
    /// Σ log(1 − x), for data between 0 and 1.
    public static let logComplements = SufficientStatistics(rawValue: 8)
    /// Every value, for a family whose likelihood no fixed set of sums determines (Weibull,
    /// Cauchy, Laplace, negative binomial): 8 bytes per value.
    public static let values = SufficientStatistics(rawValue: 16)
    /// log x of every value (Weibull): 8 bytes per value.
    public static let logValues = SufficientStatistics(rawValue: 32)
}
