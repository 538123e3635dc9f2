import RealModule
import Testing

@testable import MLECore

/// The two studies of where the textbook properties bend: Uniform(0, θ), whose support depends on
/// θ, and the Normal variance, whose MLE is biased. Monte Carlo tolerances are stated per test.
struct RegularityStudyTests {
    static func meanAndSD(_ values: [Double]) -> (mean: Double, sd: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, variance.squareRoot())
    }

    static func run(_ design: ReplicationStudy.Design, n: Int, replications: Int, seed: UInt64) -> ReplicationStudy {
        var study = ReplicationStudy(design: design, sampleSize: n, replications: replications, seed: seed)
        study.run(replications)
        return study
    }

    /// θ̂ = max x never exceeds θ; its mean is θ·n/(n + 1) within 5 standard errors of the mean
    /// (SD/√R ≈ 0.0003 for n = 50, R = 4000) and its SD within 8 % of θ·√(n/((n+1)²(n+2))).
    @Test func uniformMaximumFallsShortByTheTheoreticalBias() {
        let study = Self.run(.uniformMaximum(theta: 1), n: 50, replications: 4000, seed: 21)
        #expect(study.maximumLikelihood.allSatisfy { $0 > 0 && $0 <= 1 })
        let (mean, sd) = Self.meanAndSD(study.maximumLikelihood)
        let expectedSD = UniformMaximum.standardDeviationOfMaximum(theta: 1, sampleSize: 50)
        #expect(
            abs(mean - UniformMaximum.meanOfMaximum(theta: 1, sampleSize: 50)) < 5 * expectedSD / 4000.0.squareRoot())
        #expect(abs(sd / expectedSD - 1) < 0.08, "SD(θ̂) = \(sd), theory \(expectedSD)")
        #expect(study.truth == 1 && study.informationPerObservation.isNaN)
    }

    /// Quadrupling n divides SD(θ̂) by about 4 (rate 1/n) but SD(2x̄) by about 2 (rate 1/√n):
    /// ratios within 15 % of the exact ratio (about 3.9) and of 2, from R = 3000 at n = 20 and 80.
    @Test func uniformMaximumConvergesAtRateOneOverN() {
        let small = Self.run(.uniformMaximum(theta: 2), n: 20, replications: 3000, seed: 22)
        let large = Self.run(.uniformMaximum(theta: 2), n: 80, replications: 3000, seed: 23)
        let mleRatio = Self.meanAndSD(small.maximumLikelihood).sd / Self.meanAndSD(large.maximumLikelihood).sd
        let momentsRatio = Self.meanAndSD(small.alternative).sd / Self.meanAndSD(large.alternative).sd
        let theory =
            UniformMaximum.standardDeviationOfMaximum(theta: 2, sampleSize: 20)
            / UniformMaximum.standardDeviationOfMaximum(theta: 2, sampleSize: 80)
        #expect(theory > 3.7 && theory < 4)
        #expect(abs(mleRatio / theory - 1) < 0.15, "SD ratio of θ̂: \(mleRatio)")
        #expect(abs(momentsRatio / 2 - 1) < 0.15, "SD ratio of 2x̄: \(momentsRatio)")
    }

    /// The limit of n(θ − θ̂)/θ is Exponential(1), skewed (skewness 2), not normal (skewness 0):
    /// the sample skewness of θ̂ over R = 4000 at n = 100 is below −1.5; that of 2x̄ within ±0.3.
    @Test func uniformMaximumIsNotNormalInTheLimit() {
        let study = Self.run(.uniformMaximum(theta: 1), n: 100, replications: 4000, seed: 24)
        func skewness(_ values: [Double]) -> Double {
            let (mean, sd) = Self.meanAndSD(values)
            return values.reduce(0) { $0 + Double.pow(($1 - mean) / sd, 3) } / Double(values.count)
        }
        #expect(skewness(study.maximumLikelihood) < -1.5)
        #expect(abs(skewness(study.alternative)) < 0.3)
    }

    /// σ̂² centres on σ²(n − 1)/n and s² on σ², each within 5 standard errors of the mean (about
    /// 0.004 for σ = 1, n = 5, R = 20000); s² = σ̂²·n/(n − 1) in every sample; the mean squared
    /// errors are within 8 % of σ⁴(2n − 1)/n² and 2σ⁴/(n − 1), σ̂²'s the smaller.
    @Test func varianceMaximumLikelihoodIsBiasedYetCloserOnAverage() {
        let n = 5
        let study = Self.run(.normalVariance(mu: 3, sigma: 1), n: n, replications: 20000, seed: 25)
        #expect(study.truth == 1)
        let mle = Self.meanAndSD(study.maximumLikelihood)
        let unbiased = Self.meanAndSD(study.alternative)
        let standardError = unbiased.sd / 20000.0.squareRoot()
        #expect(abs(mle.mean - 1 - VarianceBias.biasOfMaximumLikelihood(sigma: 1, sampleSize: n)) < 5 * standardError)
        #expect(abs(unbiased.mean - 1) < 5 * standardError)
        for (mleValue, unbiasedValue) in zip(study.maximumLikelihood, study.alternative) {
            #expect(abs(unbiasedValue - mleValue * 5 / 4) <= 1e-14 * unbiasedValue)
        }
        func meanSquaredError(_ values: [Double]) -> Double {
            values.reduce(0) { $0 + ($1 - 1) * ($1 - 1) } / Double(values.count)
        }
        let mleError = meanSquaredError(study.maximumLikelihood)
        let unbiasedError = meanSquaredError(study.alternative)
        #expect(abs(mleError / VarianceBias.meanSquaredErrorOfMaximumLikelihood(sigma: 1, sampleSize: n) - 1) < 0.08)
        #expect(abs(unbiasedError / VarianceBias.meanSquaredErrorOfUnbiased(sigma: 1, sampleSize: n) - 1) < 0.08)
        #expect(mleError < unbiasedError)
    }

    /// The Gamma shape's two estimators are both biased upwards in small samples: with α = 2,
    /// n = 20 and R = 4000, each mean exceeds α by more than 5 standard errors of the mean.
    @Test func bothGammaShapeEstimatorsAreBiasedInSmallSamples() {
        let study = Self.run(.gammaShape(alpha: 2, beta: 1), n: 20, replications: 4000, seed: 26)
        for values in [study.maximumLikelihood, study.alternative] {
            let (mean, sd) = Self.meanAndSD(values)
            #expect(mean - 2 > 5 * sd / 4000.0.squareRoot(), "mean \(mean), SD \(sd)")
        }
    }

    /// The method of moments' share of the bound for the Gamma shape, against mpmath at 30 digits
    /// (trigamma): to 1e-12 relative.
    @Test(arguments: [(2.0, 0.574974090947155992), (0.5, 0.227158977372627658), (10.0, 0.879821758692108318)])
    func gammaMomentsRelativeEfficiencyMatchesReference(alpha: Double, reference: Double) {
        #expect(abs(RelativeEfficiency.gammaShapeMoments(alpha: alpha) / reference - 1) < 1e-12)
    }

    /// The simulated n·Var(α̃) is within 10 % of 2α(α + 1), the asymptotic variance the relative
    /// efficiency assumes (α = 2, n = 400, R = 2000: the sampling error of a variance is about 3 %).
    @Test func gammaMomentsVarianceMatchesItsAsymptoticForm() {
        let study = Self.run(.gammaShape(alpha: 2, beta: 1), n: 400, replications: 2000, seed: 27)
        let sd = Self.meanAndSD(study.alternative).sd
        #expect(abs(400 * sd * sd / 12 - 1) < 0.10, "n·Var(α̃) = \(400 * sd * sd)")
    }

    /// One wild value among n = 100 from Gamma(2, 1), R = 1000 (each mean's standard error is
    /// under 0.02): a value of 30 moves the moments' α̃ at least twice as far as the MLE (about
    /// −1.5 against −0.5); a value of 0.001 moves the MLE at least five times as far (about −0.3
    /// against under 0.05). Which estimator is robust depends on where the wild value falls.
    @Test func aWildValueMovesTheEstimatorThatLeansOnIt() {
        func shifts(_ replacement: Double) -> (mle: Double, moments: Double) {
            let study = Self.run(
                .gammaShapeContaminated(alpha: 2, beta: 1, replacement: replacement), n: 100, replications: 1000,
                seed: 28)
            return (
                Self.meanAndSD(study.maximumLikelihood).mean - 2, Self.meanAndSD(study.alternative).mean - 2
            )
        }
        let large = shifts(30)
        #expect(large.moments < -1 && large.mle < -0.3 && abs(large.moments) > 2 * abs(large.mle), "\(large)")
        let tiny = shifts(0.001)
        #expect(tiny.mle < -0.2 && abs(tiny.mle) > 5 * abs(tiny.moments), "\(tiny)")
    }
}
