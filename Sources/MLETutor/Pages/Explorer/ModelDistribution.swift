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
    /// missing or outside its domain.
    init?(family: Family, parameters: [String: Double]) {
        func value(_ name: String) -> Double? {
            guard let x = parameters[name], family.allows(x, for: name) else { return nil }
            return x
        }
        switch family {
        case .normal:
            guard let mu = value("mu"), let sigma = value("sigma") else { return nil }
            let model = Normal(mu: mu, sigma: sigma)
            self.init(logDensity: { model.logDensity($0) }, isDiscrete: false)
        case .gamma:
            guard let alpha = value("alpha"), let beta = value("beta") else { return nil }
            let model = Gamma(alpha: alpha, beta: beta)
            self.init(logDensity: { model.logDensity($0) }, isDiscrete: false)
        case .exponential:
            guard let lambda = value("lambda") else { return nil }
            let model = Exponential(lambda: lambda)
            self.init(logDensity: { model.logDensity($0) }, isDiscrete: false)
        case .poisson:
            guard let lambda = value("lambda") else { return nil }
            let model = Poisson(lambda: lambda)
            self.init(logDensity: { model.logDensity($0) }, isDiscrete: true)
        case .bernoulli:
            guard let p = value("p") else { return nil }
            let model = Bernoulli(p: p)
            self.init(logDensity: { model.logDensity($0) }, isDiscrete: true, possibleValues: 0...1)
        case .binomial(let trials):
            guard let p = value("p") else { return nil }
            let model = Binomial(trials: trials, p: p)
            self.init(logDensity: { model.logDensity($0) }, isDiscrete: true, possibleValues: 0...max(0, trials))
        }
    }

    init(logDensity: @escaping @Sendable (Double) -> Double, isDiscrete: Bool, possibleValues: ClosedRange<Int>? = nil)
    {
        self.logDensity = logDensity
        self.isDiscrete = isDiscrete
        self.possibleValues = possibleValues
    }
}
