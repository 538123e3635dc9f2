/// A seeded Monte Carlo study: `replications` times, draw a sample of `sampleSize` values from a
/// known distribution and estimate one parameter by maximum likelihood and by a second estimator.
///
/// It runs in chunks (`run(_:)`), so a page can spread the work over animation ticks and show its
/// progress; the same seed gives the same estimates whatever the chunk sizes.
public struct ReplicationStudy: Sendable {
    /// What is drawn and which two estimators are compared.
    public enum Design: Sendable, Hashable {
        /// Exponential(λ); the estimate is λ̂ = n/Σx (the method of moments gives the same).
        case exponentialRate(lambda: Double)
        /// Gamma(α, β) with both unknown; α̂ by Newton's method against α̃ = x̄²/s² from the moments.
        case gammaShape(alpha: Double, beta: Double)
        /// Normal(μ, σ) with both unknown; σ̂ by Newton's method on ℓ as a function of σ, against
        /// √(σ̂²) with σ̂² = Σ(x − x̄)²/n maximising ℓ as a function of the variance.
        case normalSpread(mu: Double, sigma: Double)
        /// Uniform(0, θ): θ̂ = max x against θ̃ = 2x̄ (see `UniformMaximum`); the support depends
        /// on θ, so the regularity conditions fail.
        case uniformMaximum(theta: Double)
        /// Normal(μ, σ): the variance's MLE σ̂² against the unbiased s² (see `VarianceBias`).
        case normalVariance(mu: Double, sigma: Double)
        /// Gamma(α, β) as in `gammaShape`, with the last of the n values replaced by `replacement`
        /// when one is given: one wild value, to see which estimator it moves more.
        case gammaShapeContaminated(alpha: Double, beta: Double, replacement: Double?)
    }

    public let design: Design
    /// n, the size of each sample.
    public let sampleSize: Int
    /// R, the number of samples.
    public let replications: Int
    /// The maximum likelihood estimate from each finished replication.
    public private(set) var maximumLikelihood: [Double] = []
    /// The second estimate from each finished replication (method of moments, the square root of
    /// the variance's MLE, or the unbiased variance s²).
    public private(set) var alternative: [Double] = []
    private var generator: SeededGenerator

    /// - Precondition: `sampleSize ≥ 2`, `replications ≥ 1`, and the design's parameters positive
    ///   where they must be.
    public init(design: Design, sampleSize: Int, replications: Int, seed: UInt64) {
        precondition(
            sampleSize >= 2 && replications >= 1, "a study needs samples of at least 2 and at least one replication")
        self.design = design
        self.sampleSize = sampleSize
        self.replications = replications
        generator = SeededGenerator(seed: seed)
        maximumLikelihood.reserveCapacity(replications)
        alternative.reserveCapacity(replications)
    }

    /// Replications finished so far.
    public var completed: Int { maximumLikelihood.count }

    /// Whether all `replications` are done.
    public var isFinished: Bool { completed >= replications }

    /// The true value of the estimated parameter.
    public var truth: Double {
        switch design {
        case .exponentialRate(let lambda): return lambda
        case .gammaShape(let alpha, _), .gammaShapeContaminated(let alpha, _, _): return alpha
        case .normalSpread(_, let sigma): return sigma
        case .uniformMaximum(let theta): return theta
        case .normalVariance(_, let sigma): return sigma * sigma
        }
    }

    /// I(θ), the Fisher information per observation about the estimated parameter; not a number
    /// for `uniformMaximum`, whose log-density is not differentiable in θ at the edge of the support.
    public var informationPerObservation: Double {
        switch design {
        case .exponentialRate(let lambda): return FisherInformation.exponentialRate(lambda: lambda)
        case .gammaShape(let alpha, _), .gammaShapeContaminated(let alpha, _, _):
            return FisherInformation.gammaShapeWithRateUnknown(alpha: alpha)
        case .normalSpread(_, let sigma): return FisherInformation.normalStandardDeviation(sigma: sigma)
        case .uniformMaximum: return .nan
        case .normalVariance(_, let sigma): return 1 / (2 * sigma * sigma * sigma * sigma)
        }
    }

    /// 1/(n·I(θ)): the Cramér–Rao bound, and the variance of the MLE's limiting normal distribution.
    public var cramerRaoBound: Double { 1 / (Double(sampleSize) * informationPerObservation) }

    /// Runs up to `count` more replications (fewer when the study finishes first).
    ///
    /// - Complexity: O(count · n).
    public mutating func run(_ count: Int) {
        for _ in 0..<min(count, replications - completed) {
            let (mle, other) = replicate()
            maximumLikelihood.append(mle)
            alternative.append(other)
        }
    }

    private mutating func replicate() -> (Double, Double) {
        switch design {
        case .exponentialRate(let lambda):
            let summary = draw(Exponential(lambda: lambda), family: .exponential)
            let rate = ClosedForm.exponentialRate(summary)
            return (rate, MethodOfMoments.exponential(summary).lambda)
        case .gammaShape(let alpha, let beta):
            let summary = draw(Gamma(alpha: alpha, beta: beta), family: .gamma)
            let newton = GammaShapeEstimator.shapeWithRateFree(GammaLikelihood(summary))
            return (newton.current.theta[0], MethodOfMoments.gamma(summary).alpha)
        case .normalSpread(let mu, let sigma):
            let summary = draw(Normal(mu: mu, sigma: sigma), family: .normal)
            let profile = NormalLikelihood(summary).fixing("mu", to: summary.mean)
            var newton = NewtonRaphson(problem: profile, start: Theta((summary.maximum - summary.minimum) / 4))
            let sigmaHat = newton.run().theta[0]
            return (sigmaHat, ClosedForm.normalStandardDeviation(summary))
        case .gammaShapeContaminated(let alpha, let beta, let replacement):
            var summary = SampleSummary(family: .gamma)
            let clean = replacement == nil ? sampleSize : sampleSize - 1
            let distribution = Gamma(alpha: alpha, beta: beta)
            for _ in 0..<clean { summary.addChecked(distribution.sample(using: &generator)) }
            if let replacement { summary.addChecked(replacement) }
            let newton = GammaShapeEstimator.shapeWithRateFree(GammaLikelihood(summary))
            return (newton.current.theta[0], MethodOfMoments.gamma(summary).alpha)
        case .uniformMaximum(let theta):
            let estimates = UniformMaximum.estimates(theta: theta, sampleSize: sampleSize, using: &generator)
            return (estimates.maximumLikelihood, estimates.moments)
        case .normalVariance(let mu, let sigma):
            let estimates = VarianceBias.estimates(draw(Normal(mu: mu, sigma: sigma), family: .normal))
            return (estimates.maximumLikelihood, estimates.unbiased)
        }
    }

    private mutating func draw<D: Distribution>(_ distribution: D, family: Family) -> SampleSummary
    where D.Value == Double {
        var summary = SampleSummary(family: family)
        for _ in 0..<sampleSize {
            summary.addChecked(distribution.sample(using: &generator))
        }
        return summary
    }
}
