import MLECore
import Testing

struct SampleSummaryTests {
    /// 10⁸ + small deviations: the naive Σx² − n x̄² loses every digit; the shifted, compensated sums
    /// give Σ(x − x̄)² = 2 exactly for {10⁸ − 1, 10⁸, 10⁸ + 1}.
    @Test func deviationsSurviveALargeMean() throws {
        let summary = try SampleSummary(family: .normal, values: [1e8 - 1, 1e8, 1e8 + 1])
        #expect(summary.mean == 1e8)
        #expect(summary.sumOfSquaredDeviations == 2)
    }

    /// A million copies of 0.1: Σx equals the exactly rounded sum (Python `math.fsum([0.1] * 10**6)`
    /// = 100000.0), where naive summation is off.
    @Test func compensatedSumIsExactlyRounded() throws {
        var naive = 0.0
        var compensated = CompensatedSum()
        for _ in 0..<1_000_000 {
            naive += 0.1
            compensated.add(0.1)
        }
        #expect(compensated.value == 100_000.0)
        #expect(naive != compensated.value)
    }

    @Test func keepsTheStatisticsEachFamilyNeeds() throws {
        let gamma = try SampleSummary(family: .gamma, values: [1, 2, 4])
        #expect(abs(gamma.sumOfLogs - 2.0794415416798357) <= 1e-15)
        #expect(gamma.sum == 7 && gamma.minimum == 1 && gamma.maximum == 4 && !gamma.allValuesEqual)
        let poisson = try SampleSummary(family: .poisson, values: [0, 3, 4])
        #expect(abs(poisson.sumOfLogBaseMeasure - -4.969813299576) <= 1e-14)
        let binomial = try SampleSummary(family: .binomial(trials: 5), values: [2, 5])
        #expect(abs(binomial.sumOfLogBaseMeasure - 2.302585092994046) <= 1e-14)
    }
}

@Suite struct SampleSummaryVarianceTests {
    /// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − x̄)² = 32, so σ̂² = 32/8 = 4 exactly.
    @Test func maximumLikelihoodVarianceDividesByN() throws {
        let summary = try SampleSummary(family: .normal, values: [2, 4, 4, 4, 5, 5, 7, 9])
        #expect(summary.maximumLikelihoodVariance == 4)
        #expect(ClosedForm.normalStandardDeviation(summary) == 2)
    }
}
