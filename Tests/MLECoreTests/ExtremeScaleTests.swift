import MLECore
import Testing

/// Fits at the edges of double precision (issue 15.2 and 15.3): no trap, no false "all equal",
/// σ̂ to full precision. References from numpy on the data divided by their scale, then scaled
/// back: mean 9.999666999999999e+299, std 4.71640399739307e+295.
@Suite struct ExtremeScaleTests {
    private func relativeError(_ x: Double, _ reference: Double) -> Double { abs(x - reference) / abs(reference) }

    @Test func betaOnSubnormalValuesStartsFromTheUniformWhereTheMomentsOverflow() throws {
        // The spread of 5e-324, 1e-310 and 2e-320 is too small for the moments' arithmetic (c = inf).
        let values = [Double.leastNonzeroMagnitude, 1e-300 / 1e10, 1e-300 / 1e20]
        let summary = try SampleSummary(family: try #require(Family(named: "beta")), values: values)
        #expect(summary.family.model.methodOfMoments(summary) == nil)
        let fit = try MaximumLikelihood.fit(summary)
        #expect(fit.estimates.allSatisfy { $0.value.isFinite && $0.value > 0 })
        #expect(fit.logLikelihood.isFinite)
    }

    @Test func normalNear1e300IsNotAllEqualAndSigmaIsExact() throws {
        let summary = try SampleSummary(family: .normal, values: [1e300, 1.0000001e300, 0.9999e300])
        let fit = try MaximumLikelihood.fit(summary)
        #expect(relativeError(fit.estimates[0].value, 9.999666999999999e+299) < 1e-15)
        #expect(relativeError(fit.estimates[1].value, 4.71640399739307e+295) < 1e-12)
        #expect(fit.logLikelihood.isFinite)
        #expect(fit.warnings.contains(.standardErrorsUnavailable))
    }

    @Test func normalWithMeanFixedNear1e300DoesNotTrap() throws {
        let summary = try SampleSummary(family: .normal, values: [1e300, 1.0000001e300, 0.9999e300])
        let fit = try MaximumLikelihood.fit(summary, fixed: ["mu": 0])
        // σ̂ = √(mean of x²): mpmath (40 digits) on x/1e300 gives 0.99996670111226037...
        #expect(relativeError(fit.estimates[0].value, 0.9999667011122604e300) < 1e-14)
    }

    @Test func normalNear1e162And1e300BelowOneKeepsFullPrecision() throws {
        for scale in [1e-162, 1e-300, 1e-200] {
            let summary = try SampleSummary(family: .normal, values: [1 * scale, 2 * scale, 4 * scale])
            let fit = try MaximumLikelihood.fit(summary)
            // Population standard deviation of 1, 2, 4: √(14/9).
            #expect(relativeError(fit.estimates[1].value, (14.0 / 9).squareRoot() * scale) < 1e-14, "\(scale)")
        }
    }

    @Test func oneValueWithTheMeanFixedFitsSigmaAsTheDistance() throws {
        let summary = try SampleSummary(family: .normal, values: [3])
        let fit = try MaximumLikelihood.fit(summary, fixed: ["mu": 1])
        #expect(fit.estimates[0].value == 2)
    }

    /// The same for the other location–scale families: lognormal σ̂ = |log 1 − 0.5| = 0.5 and
    /// Laplace b̂ = |3 − 0.5| = 2.5; with both parameters free, one value is still too few.
    @Test func oneValueWithTheLocationFixedFitsTheScaleInEveryFamily() throws {
        let lognormal = try SampleSummary(family: #require(Family(named: "lognormal")), values: [1])
        #expect(try MaximumLikelihood.fit(lognormal, fixed: ["mu": 0.5]).estimates[0].value == 0.5)
        let laplace = try SampleSummary(family: #require(Family(named: "laplace")), values: [3])
        #expect(try MaximumLikelihood.fit(laplace, fixed: ["mu": 0.5]).estimates[0].value == 2.5)
        #expect(throws: DataError.tooFewValues(family: "laplace", needed: 2, found: 1)) {
            try MaximumLikelihood.fit(laplace)
        }
        #expect(throws: DataError.tooFewValues(family: "normal", needed: 2, found: 1)) {
            try MaximumLikelihood.fit(SampleSummary(family: .normal, values: [3]))
        }
    }

    @Test func anEstimateBeyondTheLargestDoubleIsAnErrorNotATrap() throws {
        let summary = try SampleSummary(family: .exponential, values: [Double.leastNormalMagnitude / 1e2])
        #expect(throws: DataError.estimateOutOfRange(parameter: "lambda")) { try MaximumLikelihood.fit(summary) }
    }

    @Test func aWaldIntervalWithAnInfiniteStandardErrorExcludesNothing() {
        let interval = ConfidenceInterval.wald(estimate: .infinity, standardError: .infinity)
        #expect(interval.lower == -.infinity && interval.upper == .infinity)
        let finite = ConfidenceInterval.wald(estimate: 1, standardError: 0.5)
        #expect(finite.lower < 1 && finite.upper > 1)
    }
}

/// Gamma shapes near 1e6 to 1e-9 relative (issue 15.3): s = log x̄ − mean(log x) is about 4e-7
/// here and must not be taken as the difference of two numbers near 11.5. Reference: mpmath at
/// 50 digits solving log α − ψ(α) = s.
@Suite struct LargeGammaShapeTests {
    @Test func shapeNearAMillionIsFittedToFullPrecision() throws {
        let values = [
            99880.0, 99910.0, 99940.0, 99970.0, 100000.0, 100030.0, 100060.0, 100089.99999999999, 100120.00000000001,
            100150.0,
        ]
        let fit = try MaximumLikelihood.fit(try SampleSummary(family: .gamma, values: values))
        #expect(abs(fit.estimates[0].value - 1347204.6962959336) / 1347204.6962959336 < 1e-9)
        #expect(abs(fit.estimates[1].value - 13.470026458990487) / 13.470026458990487 < 1e-9)
    }
}
