/// A seeded sample of daily returns with heavy tails (Student-t, scale 1%), and a Normal and a
/// Student-t fitted to it by maximum likelihood: what lesson 13's finance page compares.
public struct HeavyTailedReturns: Sendable {
    /// The returns.
    public let values: [Double]
    /// The Normal(μ, σ) fit.
    public let normal: FitResult
    /// The Student-t(μ, σ, ν) fit, all three fitted.
    public let studentT: FitResult

    /// `count` returns drawn from Student-t(0, 0.01, `degreesOfFreedom`) with `seed`, and both fits.
    ///
    /// - Precondition: `count` ≥ 2; `degreesOfFreedom` finite and > 0.
    public init(seed: UInt64, count: Int, degreesOfFreedom: Double) throws(DataError) {
        precondition(count >= 2, "a fit needs at least two returns")
        var generator = SeededGenerator(seed: seed)
        values = StudentT(location: 0, scale: 0.01, degreesOfFreedom: degreesOfFreedom).samples(
            count, using: &generator)
        normal = try MaximumLikelihood.fit(SampleSummary(family: .normal, values: values))
        studentT = try MaximumLikelihood.fit(SampleSummary(family: Family(StudentTFamily()), values: values))
    }

    /// s, the sample standard deviation (divisor n − 1).
    public var standardDeviation: Double {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
    }

    /// P(|r − μ̂| > 4s) under the fitted model `fit` (either of the two): twice the lower tail, as
    /// both are symmetric about μ̂ (the lower tail keeps its digits where 1 − F would lose them).
    public func tailProbability(_ fit: FitResult) -> Double {
        guard let model = fit.family?.model else { return .nan }
        let theta = model.parameterNames.map { fit.value(of: $0) ?? .nan }
        let distribution = model.distribution(theta, trials: nil)
        return 2 * distribution.cdf(theta[0] - 4 * standardDeviation)
    }

    /// The share of the returns with |r − r̄| > 4s.
    public var observedTailShare: Double {
        let mean = values.reduce(0, +) / Double(values.count)
        let edge = 4 * standardDeviation
        return Double(values.filter { abs($0 - mean) > edge }.count) / Double(values.count)
    }
}
