import MLECore
import Testing

/// Poisson log-likelihoods for large counts (issue 15.3), against mpmath at 50 digits:
/// Σ [x log λ − λ − log Γ(x + 1)].
@Suite struct SaddlepointTests {
    private func relativeError(_ x: Double, _ reference: Double) -> Double { abs(x - reference) / abs(reference) }

    private func logLikelihood(_ counts: [Double], at lambda: Double? = nil) throws -> Double {
        let summary = try SampleSummary(family: .poisson, values: counts)
        let fit = try MaximumLikelihood.fit(summary)
        guard let lambda else { return fit.logLikelihood }
        return RateLikelihood(summary).logLikelihood(Theta(lambda))
    }

    @Test func oneCountOf1e15() throws {
        #expect(relativeError(try logLikelihood([1e15]), -18.188326730660016) < 1e-12)
    }

    @Test func countsNear1e15AtTheMLEAndBesideIt() throws {
        let counts = [1e15, 1e15 + 12_345_678, 1e15 - 987_654_321, 3e14]
        #expect(relativeError(try logLikelihood(counts), -273635216817270.5) < 1e-12)
        #expect(relativeError(try logLikelihood(counts, at: 824999756172839.2 * 1.001), -273636865717607.5) < 1e-12)
    }

    @Test func smallCountsStayExact() throws {
        #expect(relativeError(try logLikelihood([5]), -1.7403021806115442) < 1e-13)
        #expect(relativeError(try logLikelihood([0, 1, 2, 3, 40, 7]), -58.86848817643527) < 1e-13)
        #expect(relativeError(try logLikelihood([0, 1, 2, 3, 40, 7], at: 2.5), -87.7672989362806) < 1e-13)
    }

    @Test func stirlingErrorAndDevianceMatchTheirDefinitions() {
        // δ(x) = log Γ(x+1) − (x+½) log x + x − log √(2π); mpmath: δ(20) = 0.0041663196919969224...
        #expect(relativeError(Saddlepoint.stirlingError(20), 0.0041663196919969224) < 1e-12)
        #expect(relativeError(Saddlepoint.stirlingError(1e6), 1 / 12e6) < 1e-9)
        // bd0(x, m) near x = m is (x − m)²/(2m) to first order.
        #expect(relativeError(Saddlepoint.deviance(1e15 + 1, 1e15), 0.5e-15) < 1e-6)
        #expect(Saddlepoint.deviance(0, 3) == 3)
    }

    @Test func allZeroCountsGiveLambdaZeroOnTheBoundaryWithTheLikelihoodRatioInterval() throws {
        let summary = try SampleSummary(family: .poisson, values: [0, 0, 0])
        let fit = try MaximumLikelihood.fit(summary)
        #expect(fit.estimates[0].value == 0)
        #expect(fit.logLikelihood == 0)
        #expect(fit.warnings == [.boundaryEstimate(name: "lambda", value: 0)])
        // ℓ(λ) = −3λ falls by χ²₁(0.95)/2 = 1.9207… at λ = 0.6402…
        let interval = try #require(fit.estimates[0].likelihoodRatioInterval)
        #expect(interval.lower == 0)
        #expect(relativeError(interval.upper, 3.841458820694124 / 6) < 1e-6)
    }

    private func binomialLogLikelihood(_ counts: [Double], trials: Int, at p: Double? = nil) throws -> Double {
        let summary = try SampleSummary(family: .binomial(trials: trials), values: counts)
        guard let p else { return try MaximumLikelihood.fit(summary).logLikelihood }
        return SuccessCountLikelihood(summary).logLikelihood(Theta(p))
    }

    /// Binomial references: Σ [log C(m, x) + x log p + (m − x) log(1 − p)] in mpmath at 60 digits.
    @Test func binomialCountsOutOf1e16Trials() throws {
        let m = 10_000_000_000_000_000
        #expect(relativeError(try binomialLogLikelihood([5e15], trials: m), -18.646472096597094) < 1e-12)
        #expect(relativeError(try binomialLogLikelihood([7], trials: m), -1.9037903176782207) < 1e-12)
        let counts = [5e15 + 123_456_789, 5e15 - 987_654_321, 3e15]
        #expect(relativeError(try binomialLogLikelihood(counts, trials: m), -555366090328297.7) < 1e-12)
        #expect(
            relativeError(
                try binomialLogLikelihood(counts, trials: m, at: 0.43333330452674895 * 1.0001), -555366205032367.75)
                < 1e-12)
    }

    @Test func binomialSmallCountsStayExact() throws {
        #expect(relativeError(try binomialLogLikelihood([7], trials: 10), -1.3211512777668886) < 1e-13)
        #expect(relativeError(try binomialLogLikelihood([0, 10, 3], trials: 10), -15.739461211126965) < 1e-13)
    }

    @Test func aThousandObservationsOf1e16TrialsDoNotOverflowTheTrialCount() throws {
        let summary = try SampleSummary(
            family: .binomial(trials: 10_000_000_000_000_000), values: Array(repeating: 5e15, count: 1000))
        let fit = try MaximumLikelihood.fit(summary)
        #expect(fit.estimates[0].value == 0.5)
    }
}
