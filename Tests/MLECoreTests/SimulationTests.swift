import MLECore
import RealModule
import Testing

struct SimulationTests {
    static func variance(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    }

    /// The same seed gives the same estimates, however the work is split into chunks.
    @Test(arguments: [
        ReplicationStudy.Design.exponentialRate(lambda: 2), .gammaShape(alpha: 2, beta: 1),
        .normalSpread(mu: 0, sigma: 2),
    ])
    func chunkingDoesNotChangeTheResult(design: ReplicationStudy.Design) {
        var whole = ReplicationStudy(design: design, sampleSize: 30, replications: 100, seed: 5)
        whole.run(1000)
        var chunked = ReplicationStudy(design: design, sampleSize: 30, replications: 100, seed: 5)
        while !chunked.isFinished { chunked.run(7) }
        #expect(whole.completed == 100 && chunked.completed == 100)
        #expect(whole.maximumLikelihood == chunked.maximumLikelihood)
        #expect(whole.alternative == chunked.alternative)
        var other = ReplicationStudy(design: design, sampleSize: 30, replications: 100, seed: 6)
        other.run(100)
        #expect(other.maximumLikelihood != whole.maximumLikelihood)
    }

    /// The Gamma shape's MLE has a variance near the Cramér–Rao bound (within 15 %) and the method
    /// of moments a clearly larger one (over 1.3 times the bound): α = 2, n = 100, R = 2000.
    @Test func gammaShapeMaximumLikelihoodIsMoreEfficientThanMoments() {
        var study = ReplicationStudy(
            design: .gammaShape(alpha: 2, beta: 1), sampleSize: 100, replications: 2000, seed: 9)
        study.run(2000)
        let bound = study.cramerRaoBound
        #expect(abs(bound - 1 / (100 * (trigamma(2) - 0.5))) < 1e-15)
        let mle = Self.variance(study.maximumLikelihood)
        let moments = Self.variance(study.alternative)
        #expect(abs(mle / bound - 1) < 0.15, "Var(MLE) = \(mle), bound = \(bound)")
        #expect(moments > 1.3 * bound, "Var(MoM) = \(moments), bound = \(bound)")
    }

    /// The exponential rate's MLE over 4000 samples of 200 has mean within 2 % of λ and variance
    /// within 12 % of 1/(n·I(λ)) = λ²/n.
    @Test func exponentialRateIsAsymptoticallyNormalWithInverseInformationVariance() {
        var study = ReplicationStudy(design: .exponentialRate(lambda: 2), sampleSize: 200, replications: 4000, seed: 3)
        study.run(4000)
        let mean = study.maximumLikelihood.reduce(0, +) / 4000
        #expect(abs(mean / 2 - 1) < 0.02)
        #expect(abs(Self.variance(study.maximumLikelihood) / (4.0 / 200) - 1) < 0.12)
        #expect(zip(study.alternative, study.maximumLikelihood).allSatisfy { abs($0 - $1) <= 1e-14 * $1 })
    }

    /// Newton on ℓ(σ) lands on √(σ̂²) for every sample, to 1e-12 relative: invariance.
    @Test func standardDeviationEstimateIsRootOfVarianceEstimate() {
        var study = ReplicationStudy(
            design: .normalSpread(mu: 0, sigma: 2), sampleSize: 20, replications: 300, seed: 10)
        study.run(300)
        for (sigmaHat, root) in zip(study.maximumLikelihood, study.alternative) {
            #expect(abs(sigmaHat - root) <= 1e-12 * root)
        }
    }

    /// The gamma shape information ψ′(α) − 1/α is the reciprocal of the (α, α) entry of the
    /// inverse of the per-observation information matrix.
    @Test func gammaShapeInformationAccountsForTheUnknownRate() throws {
        let alpha = 3.5
        let beta = 0.7
        let matrix = Hessian(trigamma(alpha), -1 / beta, alpha / (beta * beta))
        let inverse = try #require(matrix.inverse)
        #expect(abs(FisherInformation.gammaShapeWithRateUnknown(alpha: alpha) - 1 / inverse.h11) < 1e-12)
        #expect(FisherInformation.exponentialRate(lambda: 2) == 0.25)
    }

    @Test func consistencyRunClosesInOnTheRate() throws {
        var run = ConsistencyRun(lambda: 2, maximumSize: 100_000, seed: 7)
        #expect(run.checkpoints == run.checkpoints.sorted() && Set(run.checkpoints).count == run.checkpoints.count)
        #expect(run.checkpoints.first == 2 && run.checkpoints.last == 100_000)
        while !run.isFinished { run.draw(4999) }
        #expect(run.estimates.count == run.checkpoints.count)
        let last = try #require(run.estimates.last)
        #expect(abs(last - 2) < 0.04)
        var whole = ConsistencyRun(lambda: 2, maximumSize: 100_000, seed: 7)
        whole.draw(200_000)
        #expect(whole.estimates == run.estimates)
    }
}
