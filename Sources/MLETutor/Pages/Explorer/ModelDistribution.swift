import MLECore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The model at one θ as the data plot needs it: the density (or, for counts, the mass) at any
/// x, and whether x takes whole values. Built from MLECore's distributions, so every height
/// drawn is MLECore's log-density; the rest of the drawing knows nothing of families.
struct ModelDistribution: Sendable {
    /// log f(x | θ): a density for continuous data, a probability for counts and 0/1 data.
    let logDensity: @Sendable (Double) -> Double
    /// True when the data are whole numbers (counts, 0/1), drawn as bars rather than a curve.
    let isDiscrete: Bool
    /// Every value the data can take, when there are few (0/1, 0 to the number of trials).
    var possibleValues: ClosedRange<Int>?

    func density(_ x: Double) -> Double {
        let value = exp(logDensity(x))
        return value.isFinite ? value : 0
    }

    /// The model of `family` with `parameters` (every parameter by name), or nil when one is
    /// missing or outside its domain. The family's description gives the distribution.
    init?(family: Family, parameters: [String: Double]) {
        var theta: [Double] = []
        for name in family.parameterNames {
            guard let x = parameters[name], family.model.parameter(name)?.domain.contains(x) == true else { return nil }
            theta.append(x)
        }
        let model = family.model.distribution(theta, trials: family.trials)
        let support = family.support
        let possibleValues: ClosedRange<Int>? =
            support == .zeroOrOne ? 0...1 : family.trials.map { 0...max(0, $0) }
        self.init(
            logDensity: { model.logDensity($0) }, isDiscrete: support.isDiscrete, possibleValues: possibleValues)
    }

    init(logDensity: @escaping @Sendable (Double) -> Double, isDiscrete: Bool, possibleValues: ClosedRange<Int>? = nil)
    {
        self.logDensity = logDensity
        self.isDiscrete = isDiscrete
        self.possibleValues = possibleValues
    }
}
