import Testing

@testable import MLECore

/// The exact distribution of the Kolmogorov–Smirnov Dₙ against Tests/References/kolmogorov_exact.py.
@Suite struct KolmogorovDistributionTests {
    /// (n, d, P(Dₙ ≥ d)): scipy.stats.kstwo.sf where it is exact, then scipy's Durbin matrix
    /// where kstwo.sf uses the Pelz–Good series (off by about 1e-6 there).
    static let references: [(Int, Double, Double)] = [
        (5, 0.2302, 0.9003034518481408),
        (10, 0.3, 0.27053557479999946),
        (20, 0.25, 0.13762569836717486),
        (50, 0.1, 0.6623112704658186),
        (100, 0.15, 0.019839242125641813),
        (140, 0.16, 0.0013440163244194184),
        (30, 0.6, 7.392006292214292e-11),
        (100, 0.25, 5.408871776434847e-06),
        (12, 0.9, 2.0000005953741753e-12),
        (200, 0.02, 0.9999948480179858),
        (1000, 0.01, 0.9999496745370611),
        (2, 0.3, 0.98),
        (3, 0.7, 0.05400000000000003),
        (200, 0.0424, 0.8495247398134319),
        (1000, 0.03, 0.3226902464133094),
    ]

    @Test(arguments: references)
    func survivalMatchesScipyToTenDigits(n: Int, d: Double, expected: Double) {
        let p = KolmogorovDistribution.survival(d, n: n)
        #expect(abs(p - expected) <= 1e-10 * expected, "n = \(n), d = \(d): \(p)")
    }

    @Test func theEdgesAreExact() {
        #expect(KolmogorovDistribution.survival(1, n: 7) == 0)
        #expect(KolmogorovDistribution.survival(0.05, n: 10) == 1)
        // n = 1: D = max(F, 1 − F), so P(D ≥ d) = 2(1 − d) for d ≥ ½.
        #expect(abs(KolmogorovDistribution.survival(0.8, n: 1) - 0.4) < 1e-15)
        #expect(KolmogorovDistribution.survival(.nan, n: 3).isNaN)
    }

    @Test func theReviewsFiveValuesGetTheExactPValue() {
        // printf '1.2\n0.4\n3.3\n0.9\n2.2\n' | mletutor fit exponential - --plot printed p = 0.95
        // (the limit distribution); scipy's kstest (exact) gives 0.90.
        let values = [1.2, 0.4, 3.3, 0.9, 2.2]
        guard
            case .kolmogorovSmirnov(_, let p) = GoodnessOfFit.test(
                values, against: Exponential(lambda: 5 / 8), estimated: 1)
        else {
            Issue.record("continuous data did not get a KS test")
            return
        }
        #expect(abs(p - 0.900260229722245) < 1e-10)
    }

    @Test func largeSamplesFallBackToTheLimitDistribution() {
        let n = 100_000
        let d = 1.0 / Double(n).squareRoot()
        #expect(Int(Double(n) * d) + 1 > KolmogorovDistribution.largestDurbinOrder)
        #expect(KolmogorovDistribution.survival(d, n: n) == GoodnessOfFit.kolmogorovSurvival(1))
    }
}
