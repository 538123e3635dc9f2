import MLECore
import Testing

struct FitResultTests {
    /// All heads in 10 tosses: p̂ = 1 on the boundary, a warning, SE 0, and the likelihood-ratio
    /// interval [e^(−1.9207/10), 1] (Python: `math.exp(-1.920729410347062 / 10)` = 0.8252466719501702).
    @Test func allHeadsIsABoundaryEstimateWithWarning() throws {
        let summary = try SampleSummary(family: .bernoulli, values: Array(repeating: 1, count: 10))
        let result = try MaximumLikelihood.fit(summary)
        let p = try #require(result.estimate("p"))
        #expect(p.value == 1)
        #expect(p.standardError == 0)
        #expect(result.warnings == [.boundaryEstimate(name: "p", value: 1)])
        #expect(
            result.warnings[0].description
                == "p-hat = 1 is on the boundary of the parameter space: the standard error is 0 and the Wald interval is meaningless; use the likelihood-ratio interval"
        )
        #expect(result.logLikelihood == 0)
        let interval = try #require(p.likelihoodRatioInterval)
        #expect(abs(interval.lower - 0.8252466719501702) <= 1e-12)
        #expect(interval.upper == 1)
    }

    /// 7 heads in 10: the chapter's example. AIC = 2 − 2ℓ̂, BIC = log 10 − 2ℓ̂, and both ends of the
    /// likelihood-ratio interval sit 1.9207 below the maximum.
    @Test func sevenHeadsInTen() throws {
        let summary = try SampleSummary(family: .bernoulli, values: [1, 1, 0, 1, 1, 0, 1, 1, 0, 1])
        let result = try MaximumLikelihood.fit(summary)
        let p = try #require(result.estimate("p"))
        #expect(p.value == 0.7)
        #expect(abs(result.aic - (2 - 2 * result.logLikelihood)) <= 1e-14)
        #expect(abs(result.bic - (2.302585092994046 - 2 * result.logLikelihood)) <= 1e-13)
        let problem = SuccessCountLikelihood(summary)
        let interval = try #require(p.likelihoodRatioInterval)
        for end in [interval.lower, interval.upper] {
            let drop = result.logLikelihood - problem.logLikelihood(Theta(end))
            #expect(abs(drop - 1.920729410347062) <= 1e-9)
        }
        #expect(interval.lower < 0.7 && interval.upper > 0.7)
        #expect(abs(p.waldInterval.lower - (0.7 - 1.959963984540054 * p.standardError)) <= 1e-15)
        #expect(result.warnings == [.smallSample(n: 10)] && result.converged && result.iterations == 0)
    }

    /// For the normal mean with σ known, ℓ is an exact parabola, so the two intervals coincide.
    @Test func likelihoodRatioEqualsWaldForNormalMean() throws {
        var generator = SeededGenerator(seed: 5)
        let summary = try SampleSummary(family: .normal, values: Normal(mu: 1, sigma: 2).samples(40, using: &generator))
        let mu = try #require(try MaximumLikelihood.fit(summary, fixed: ["sigma": 2]).estimate("mu"))
        let ratio = try #require(mu.likelihoodRatioInterval)
        #expect(abs(ratio.lower - mu.waldInterval.lower) <= 1e-9)
        #expect(abs(ratio.upper - mu.waldInterval.upper) <= 1e-9)
    }

    @Test func fixedParametersAreReportedAndNotCounted() throws {
        let summary = try SampleSummary(family: .gamma, values: [0.5, 1.2, 2.2, 0.9])
        let result = try MaximumLikelihood.fit(summary, fixed: ["beta": 1.5])
        #expect(result.fixedParameters == [FixedParameter(name: "beta", value: 1.5)])
        #expect(result.freeParameterCount == 1)
        #expect(result.value(of: "beta") == 1.5)
        #expect(result.method == .newtonRaphson)
        #expect(result.iterations > 0)
    }
}
