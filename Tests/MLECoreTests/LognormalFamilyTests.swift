import Foundation
import Testing

@testable import MLECore

/// The lognormal family, added through its description alone: fits checked against the reference
/// values of Tests/References/lognormal.py (mpmath at 40 digits, cross-checked with scipy).
@Suite struct LognormalFamilyTests {
    static let data = [
        1.239811, 0.573962, 2.940172, 1.132516, 0.853384, 4.076118, 1.595338, 0.981713,
        2.290557, 1.474011, 0.431582, 3.117145, 1.722893, 0.698264, 1.376615, 5.612342,
        1.083397, 2.006774, 0.767903, 1.907181,
    ]
    let lognormal: Family

    init() throws { lognormal = try #require(Family(named: "lognormal")) }

    private func close(_ a: Double?, _ b: Double, relative: Double = 1e-12) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= relative * abs(b)
    }

    @Test func bothFreeMatchesTheReference() throws {
        let fit = try MaximumLikelihood.fit(SampleSummary(family: lognormal, values: Self.data))
        #expect(close(fit.value(of: "mu"), 0.37294571426520991))
        #expect(close(fit.value(of: "sigma"), 0.64366952211585731))
        #expect(close(fit.logLikelihood, -27.026287969236139))
        #expect(close(fit.estimate("mu")?.standardError, 0.14392888064958612))
        #expect(close(fit.estimate("sigma")?.standardError, 0.10177308751591161))
        #expect(fit.method == .closedForm)
    }

    @Test func eitherParameterCanBeHeld() throws {
        let summary = try SampleSummary(family: lognormal, values: Self.data)
        let muKnown = try MaximumLikelihood.fit(summary, fixed: ["mu": 0])
        #expect(close(muKnown.value(of: "sigma"), 0.74390789718193187))
        #expect(close(muKnown.logLikelihood, -29.920924030948151))
        #expect(close(muKnown.estimate("sigma")?.standardError, 0.11762216622406294))
        let sigmaKnown = try MaximumLikelihood.fit(summary, fixed: ["sigma": 1.5])
        #expect(close(sigmaKnown.value(of: "mu"), 0.37294571426520991))
        #expect(close(sigmaKnown.logLikelihood, -35.788366905786968))
        #expect(close(sigmaKnown.estimate("mu")?.standardError, 0.33541019662496845))
    }

    @Test func theLikelihoodIsTheSumOfTheLogDensities() throws {
        let summary = try SampleSummary(family: lognormal, values: Self.data)
        let theta = Theta(0.2, 0.9)
        let direct = Self.data.reduce(0) { $0 + Lognormal(mu: 0.2, sigma: 0.9).logDensity($1) }
        #expect(close(summary.likelihood().logLikelihood(theta), direct, relative: 1e-13))
    }

    @Test func theSpreadOfLogsSurvivesLargeValues() throws {
        // log x near 23 with deviations of 1e-9: Σ(log x)² − n·mean² would lose them all.
        let values = (0..<1000).map { 1e10 * (1 + 1e-9 * Double($0 % 7)) }
        let summary = try SampleSummary(family: lognormal, values: values)
        let logs = values.map { Foundation.log($0) }
        let mean = logs.reduce(0, +) / Double(logs.count)
        let direct = logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        #expect(close(summary.sumOfSquaredLogDeviations, direct, relative: 1e-6))
    }

    @Test func zeroAndNegativeValuesAreOutsideTheSupport() {
        #expect(throws: DataError.outsideSupport(value: 0, line: 2, family: "lognormal", support: .positiveReals)) {
            try SampleSummary(family: lognormal, values: [1, 0])
        }
    }

    @Test func drawsHaveTheDistributionsMean() {
        var generator = SeededGenerator(seed: 5)
        let distribution = Lognormal(mu: 0.3, sigma: 0.5)
        let draws = distribution.samples(200_000, using: &generator)
        let mean = draws.reduce(0, +) / Double(draws.count)
        // Standard error of the mean: √(variance/n) ≈ 0.0016; allow four of them.
        #expect(abs(mean - distribution.mean) < 4 * (distribution.variance / 2e5).squareRoot())
    }
}
