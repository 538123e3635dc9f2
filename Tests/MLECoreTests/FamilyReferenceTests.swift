import Testing

@testable import MLECore

/// The families of issue 16.1 on data drawn at hard parameter values (shapes near 0.1 and 1e3,
/// scales near 0.01), fitted and compared with Tests/References/families.py: mpmath at 30 digits
/// on the same draws, cross-checked with scipy.stats. Estimates, log-likelihood and standard
/// errors from the observed information agree to 1e-8 relative.
@Suite struct FamilyReferenceTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let family: String
        let parameters: [Double]
        let n: Int
        let seed: UInt64
        let estimates: [Double]
        let standardErrors: [Double]
        let logLikelihood: Double

        var testDescription: String { name }

        init(
            _ row: (String, String, [Double], Int, UInt64, [Double], [Double], Double)
        ) {
            (name, family, parameters, n, seed, estimates, standardErrors, logLikelihood) = row
        }
    }

    static let rows: [Row] = ReferenceTable.rows.map(Row.init)

    private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-8) -> Bool {
        if b.isNaN { return a.isNaN }
        return abs(a - b) <= tolerance * abs(b)
    }

    @Test(arguments: rows) func fitMatchesTheReference(_ row: Row) throws {
        let family = try #require(Family(named: row.family))
        var generator = SeededGenerator(seed: row.seed)
        let values = family.model.distribution(row.parameters, trials: nil).samples(row.n, using: &generator)
        let fit = try MaximumLikelihood.fit(SampleSummary(family: family, values: values))
        #expect(fit.converged)
        #expect(close(fit.logLikelihood, row.logLikelihood), "ℓ \(fit.logLikelihood)")
        for (index, estimate) in fit.estimates.enumerated() {
            #expect(close(estimate.value, row.estimates[index]), "\(estimate.name) = \(estimate.value)")
            #expect(
                close(estimate.standardError, row.standardErrors[index]),
                "SE(\(estimate.name)) = \(estimate.standardError)")
        }
    }
}
