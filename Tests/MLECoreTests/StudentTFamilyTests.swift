import Foundation
import Testing

@testable import MLECore

/// The Student-t family with μ, σ and ν all fitted, against scipy (Tests/References/student_t.py):
/// scipy.stats.t.fit polished on scipy's log-likelihood and finished by Newton in mpmath on the
/// exact score, with standard errors from the exact 3 × 3 observed information (both pinned to 1e-8).
@Suite struct StudentTFamilyTests {
    static let family = Family(StudentTFamily())

    /// The three seeded samples of Tests/References/student_t.csv, by column.
    static let samples: [[Double]] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("References/student_t.csv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var columns: [[Double]] = [[], [], []]
        for line in text.split(separator: "\n").dropFirst() {
            for (index, cell) in line.split(separator: ",", omittingEmptySubsequences: false).enumerated()
            where index < 3 && !cell.isEmpty {
                if let value = Double(cell) { columns[index].append(value) }
            }
        }
        return columns
    }()

    /// (ν drawn, [μ̂, σ̂, ν̂], ℓ̂, standard errors), printed by student_t.py.
    static let references: [(Double, [Double], Double, [Double])] = [
        (
            1.0, [1.5949326145071177, 2.0012346926547626, 0.9554886066934724], -983.4352170908528,
            [0.16357683127743408, 0.19751559745335567, 0.09605570354442272]
        ),
        (
            5.0, [1.6614325694791963, 2.039654150738731, 5.024258046561068], -935.6966935049021,
            [0.11897559259622802, 0.12043821490507661, 1.2010252184819654]
        ),
        (
            100.0, [1.5148471067937963, 1.9672057670414487, 50.62675387766274], -10577.006578187265,
            [0.028354256698398094, 0.031127501951120334, 31.34470127991875]
        ),
    ]

    /// The covariance of (μ̂, σ̂, ν̂), the upper triangle by rows, from the inverse of the exact
    /// 3 × 3 information in mpmath (printed by student_t.py, which checks it against a
    /// central-difference Hessian of scipy's log-likelihood).
    static let covariances: [[Double]] = [
        [
            0.02675737973076614, -0.0012330763989184792, -0.0004914739832034594, 0.03901241123735605,
            0.010104549473270873, 0.009226698183414024,
        ],
        [
            0.014155191633623627, -0.0016496618597775464, -0.018937318862395778, 0.014505363609521416,
            0.09493675900291011, 1.4424615754296528,
        ],
        [
            0.0008039638729186533, -1.3297398502996075e-06, -0.0017159095049566525, 0.0009689213777170001,
            0.74106635049713, 982.49029832734,
        ],
    ]

    /// The 95% profile-likelihood intervals of μ, σ and ν, each profile maximised over the other two
    /// with scipy.optimize on scipy's log-likelihood and its ends found by brentq (student_t.py);
    /// ν's upper end in the third sample is the top of the range searched, 10⁴.
    static let profileIntervals: [[(Double, Double)]] = [
        [
            (1.2710209904107663, 1.915321673767636), (1.6459793388346067, 2.425176241257632),
            (0.7864721024808988, 1.1671307822103336),
        ],
        [
            (1.4263718463380433, 1.893812239429762), (1.8117187335027651, 2.284823389909732),
            (3.2958574532464513, 8.60709000058942),
        ],
        [
            (1.4592632088536037, 1.5704305803528256), (1.9066760717659799, 2.0286951285051167),
            (22.405153423646933, 10000.0),
        ],
    ]

    static func relative(_ a: Double, _ b: Double) -> Double { abs(a - b) / abs(b) }

    @Test(arguments: 0..<3) func theFitMatchesScipy(_ index: Int) throws {
        let values = Self.samples[index]
        #expect(values.count == [300, 400, 5000][index])
        let (_, estimates, logLikelihood, errors) = Self.references[index]
        let fit = try MaximumLikelihood.fit(SampleSummary(family: Self.family, values: values))
        #expect(fit.estimates.map(\.name) == ["mu", "sigma", "nu"])
        for (estimate, (value, error)) in zip(fit.estimates, zip(estimates, errors)) {
            #expect(Self.relative(estimate.value, value) < 1e-8, "\(estimate.name) \(estimate.value) vs \(value)")
            #expect(
                Self.relative(estimate.standardError, error) < 1e-8,
                "\(estimate.name) SE \(estimate.standardError) vs \(error)")
        }
        #expect(Self.relative(fit.logLikelihood, logLikelihood) < 1e-8)
        #expect(fit.converged)
        #expect(fit.warnings.isEmpty)
    }

    @Test(arguments: 0..<3) func theCovarianceAndCorrelationMatchScipy(_ index: Int) throws {
        let fit = try MaximumLikelihood.fit(SampleSummary(family: Self.family, values: Self.samples[index]))
        let covariance = try #require(fit.covariance)
        let correlation = try #require(fit.correlation)
        #expect(covariance.dimension == 3 && correlation.dimension == 3)
        let reference = Self.triangleIndex.map { row in row.map { Self.covariances[index][$0] } }
        for i in 0..<3 {
            #expect(Self.relative(covariance[i, i].squareRoot(), fit.estimates[i].standardError) < 1e-15)
            for j in 0..<3 {
                #expect(Self.relative(covariance[i, j], reference[i][j]) < 1e-6, "(\(i), \(j)) \(covariance[i, j])")
                let r = reference[i][j] / (reference[i][i] * reference[j][j]).squareRoot()
                #expect(abs(correlation[i, j] - r) < 1e-6, "correlation (\(i), \(j))")
            }
        }
    }

    /// Where entry (i, j) of a 3 × 3 symmetric matrix sits in its upper triangle by rows.
    static let triangleIndex = [[0, 1, 2], [1, 3, 4], [2, 4, 5]]

    @Test(arguments: 0..<3) func theProfileIntervalsMatchScipy(_ index: Int) throws {
        let fit = try MaximumLikelihood.fit(SampleSummary(family: Self.family, values: Self.samples[index]))
        let intervals = fit.likelihoodRatioIntervals()
        #expect(fit.profileSearchRanges == [nil, nil, StudentTFamily.degreesOfFreedomRange])
        for (name, (interval, reference)) in zip(["mu", "sigma", "nu"], zip(intervals, Self.profileIntervals[index])) {
            let found = try #require(interval, "no interval for \(name)")
            #expect(Self.relative(found.lower, reference.0) < 1e-6, "\(name) lower \(found.lower) vs \(reference.0)")
            #expect(Self.relative(found.upper, reference.1) < 1e-6, "\(name) upper \(found.upper) vs \(reference.1)")
        }
    }

    @Test func aProfileIntervalHoldsAtItsEndsAndExcludesBeyond() throws {
        // ℓp at each end is ℓ̂ − 1.92 and lower beyond it: checked on the profile itself, whatever
        // inner maximisation found it, against a fresh Newton from the estimate.
        let values = Self.samples[1]
        let fit = try MaximumLikelihood.fit(SampleSummary(family: Self.family, values: values))
        let estimate = fit.estimates.map(\.value)
        let intervals = fit.likelihoodRatioIntervals()
        for index in 0..<3 {
            let interval = try #require(intervals[index])
            for (end, outward) in [(interval.lower, -1.0), (interval.upper, 1.0)] {
                var start = estimate
                start[index] = end
                let top = try #require(
                    StudentTProfiles.newton(values, from: start, over: [0, 1, 2].filter { $0 != index }))
                #expect(abs(top.logLikelihood - (fit.logLikelihood - LikelihoodRatioInterval.drop)) < 1e-8)
                start[index] = end + outward * 0.01 * fit.estimates[index].standardError
                let beyond = try #require(
                    StudentTProfiles.newton(values, from: start, over: [0, 1, 2].filter { $0 != index }))
                #expect(beyond.logLikelihood < fit.logLikelihood - LikelihoodRatioInterval.drop)
            }
        }
    }

    @Test func holdingSigmaProfilesMuAndNuOverTheOtherFreeOne() throws {
        let values = Self.samples[1]
        let summary = try SampleSummary(family: Self.family, values: values)
        let held = try MaximumLikelihood.fit(summary, fixed: ["sigma": 2])
        #expect(held.estimates.map(\.name) == ["mu", "nu"])
        let intervals = held.likelihoodRatioIntervals()
        #expect(held.profileSearchRanges == [nil, StudentTFamily.degreesOfFreedomRange])
        // Each end: ℓp there, maximised over the other free parameter by the generic two-parameter
        // machinery with ν held, is ℓ̂ − 1.92.
        let mu = try #require(intervals[0])
        for end in [mu.lower, mu.upper] {
            let inner = StudentTProfile(values, fixed: ["sigma": 2, "mu": end]).maximum()
            #expect(abs(inner.logLikelihood - (held.logLikelihood - LikelihoodRatioInterval.drop)) < 1e-7)
        }
        let nu = try #require(intervals[1])
        for end in [nu.lower, nu.upper] {
            let inner = try MaximumLikelihood.fit(summary, fixed: ["sigma": 2, "nu": end])
            #expect(abs(inner.logLikelihood - (held.logLikelihood - LikelihoodRatioInterval.drop)) < 1e-7)
        }
        #expect(held.covariance?.dimension == 2)
    }

    @Test func theExactHessianIsTheSlopeOfTheExactScore() {
        let values = Self.samples[1]
        let theta = [1.3, 2.4, 3.7]
        let terms = StudentTTerms(values, mu: theta[0], sigma: theta[1], nu: theta[2])
        for i in 0..<3 {
            var up = theta
            var down = theta
            let h = 1e-5 * abs(theta[i])
            up[i] += h
            down[i] -= h
            let high = StudentTTerms(values, mu: up[0], sigma: up[1], nu: up[2])
            let low = StudentTTerms(values, mu: down[0], sigma: down[1], nu: down[2])
            let slope = (high.logLikelihood - low.logLikelihood) / (2 * h)
            #expect(abs(slope - terms.score[i]) < 1e-6 * max(1, abs(terms.score[i])), "score \(i)")
            for j in 0..<3 {
                let curvature = (high.score[j] - low.score[j]) / (2 * h)
                #expect(abs(curvature - terms.hessian[i][j]) < 1e-6 * max(1, abs(terms.hessian[i][j])), "\(i) \(j)")
            }
        }
    }

    @Test func holdingNuAtOneIsTheCauchyFit() throws {
        let values = Self.samples[0]
        let t = try MaximumLikelihood.fit(SampleSummary(family: Self.family, values: values), fixed: ["nu": 1])
        let cauchy = try MaximumLikelihood.fit(SampleSummary(family: Family(CauchyFamily()), values: values))
        #expect(t.estimates.map(\.name) == ["mu", "sigma"] && t.fixedParameters.map(\.name) == ["nu"])
        for (a, b) in zip(t.estimates, cauchy.estimates) {
            #expect(Self.relative(a.value, b.value) < 1e-10)
            #expect(Self.relative(a.standardError, b.standardError) < 1e-8)
        }
        #expect(Self.relative(t.logLikelihood, cauchy.logLikelihood) < 1e-12)
        #expect(t.covariance != nil)
    }

    @Test func holdingMuLeavesSigmaAndNuWithTheirCovariance() throws {
        let values = Self.samples[1]
        let summary = try SampleSummary(family: Self.family, values: values)
        let free = try MaximumLikelihood.fit(summary)
        let held = try MaximumLikelihood.fit(summary, fixed: ["mu": free.estimates[0].value])
        #expect(held.estimates.map(\.name) == ["sigma", "nu"] && held.fixedParameters.map(\.name) == ["mu"])
        // Holding μ at its estimate leaves the other two where the full fit put them.
        #expect(Self.relative(held.estimates[0].value, free.estimates[1].value) < 1e-7)
        #expect(Self.relative(held.estimates[1].value, free.estimates[2].value) < 1e-7)
        #expect(Self.relative(held.logLikelihood, free.logLikelihood) < 1e-12)
        let covariance = try #require(held.covariance)
        #expect(Self.relative(covariance[0, 0].squareRoot(), held.estimates[0].standardError) < 1e-12)
    }

    @Test func holdingMuAndSigmaFitsNuAlone() throws {
        let summary = try SampleSummary(family: Self.family, values: Self.samples[1])
        let free = try MaximumLikelihood.fit(summary)
        let (mu, sigma) = (free.estimates[0].value, free.estimates[1].value)
        let held = try MaximumLikelihood.fit(summary, fixed: ["mu": mu, "sigma": sigma])
        #expect(held.estimates.map(\.name) == ["nu"] && held.fixedParameters.map(\.value) == [mu, sigma])
        #expect(Self.relative(held.estimates[0].value, free.estimates[2].value) < 1e-7)
        // ν alone: its standard error is 1/√(−∂²ℓ/∂ν²), smaller than with μ and σ estimated too.
        let terms = StudentTTerms(Self.samples[1], mu: mu, sigma: sigma, nu: held.estimates[0].value)
        #expect(Self.relative(held.estimates[0].standardError, 1 / (-terms.hessian[2][2]).squareRoot()) < 1e-6)
    }

    @Test func normalDataPutNuAtTheTopOfTheRange() throws {
        var generator = SeededGenerator(seed: 3)
        let values = Normal(mu: 0, sigma: 1).samples(500, using: &generator)
        let fit = try MaximumLikelihood.fit(SampleSummary(family: Self.family, values: values))
        let nu = try #require(fit.estimate("nu"))
        #expect(nu.value == StudentTFamily.degreesOfFreedomRange.upperBound)
        #expect(nu.standardError.isNaN)
        #expect(fit.warnings.contains(.degreesOfFreedomAtEdge(nu: nu.value)))
        #expect(fit.estimates[1].standardError > 0)
    }

    /// With k of n values at c, σ → 0 with μ = c sends ℓ to ∞ when k > ν(n − k): refused for ν
    /// free (ν ≥ 0.2) or held below k/(n − k); fitted with ν held above it, σ held, or μ held elsewhere.
    @Test func tiesThatMakeTheLikelihoodUnboundedAreRefused() throws {
        var generator = SeededGenerator(seed: 9)
        let spread = Normal(mu: 0, sigma: 3).samples(40, using: &generator)
        let values = spread + Array(repeating: 1.25, count: 60)
        let summary = try SampleSummary(family: Self.family, values: values)
        #expect(throws: DataError.self) { try MaximumLikelihood.fit(summary) }
        do {
            _ = try MaximumLikelihood.fit(summary, fixed: ["nu": 1.4])
            Issue.record("nu = 1.4 < 60/40 leaves the likelihood unbounded")
        } catch {
            #expect(
                error
                    == .tiedValues(
                        value: 1.25, count: 60, sampleSize: 100,
                        consequence:
                            "with mu there the Student-t likelihood grows without bound as sigma -> 0 for every nu below 60/40, so there is no maximum likelihood estimate; hold nu at 1.5 or more with --nu, or sigma with --sigma"
                    ))
        }
        #expect(throws: DataError.self) { try MaximumLikelihood.fit(summary, fixed: ["mu": 1.25]) }
        let heldNu = try MaximumLikelihood.fit(summary, fixed: ["nu": 2])
        #expect(heldNu.converged && heldNu.estimates[1].value > 0.01)
        let heldSigma = try MaximumLikelihood.fit(summary, fixed: ["sigma": 1])
        #expect(heldSigma.converged && heldSigma.logLikelihood.isFinite)
        let heldMu = try MaximumLikelihood.fit(summary, fixed: ["mu": 0])
        #expect(heldMu.estimates[0].value > 0.01)
        // A tenth tied (10 > 0.2 · 90 fails) is not refused.
        let fewTies = try MaximumLikelihood.fit(
            SampleSummary(family: Self.family, values: Array(spread[0..<30]) + Array(repeating: 1.25, count: 3)))
        #expect(fewTies.estimate("sigma").map { $0.value > 0.1 } == true)
    }

    @Test func theDistributionMatchesScipy() {
        // scipy.stats.t.cdf((x − 1.5)/2, ν) and t.logpdf(x, ν, loc=1.5, scale=2).
        let cases: [(Double, Double, Double, Double)] = [
            (-3.0, 0.5, 0.21077639990433045, -3.810576227510683),
            (0.7, 4.0, 0.3547986307149984, -1.7720282164548746),
            (12.0, 30.0, 0.999994250668851, -11.721363457416032),
        ]
        for (x, nu, cdf, logDensity) in cases {
            let t = StudentT(location: 1.5, scale: 2, degreesOfFreedom: nu)
            #expect(Self.relative(t.cdf(x), cdf) < 1e-12, "\(x) \(nu)")
            #expect(Self.relative(t.logDensity(x), logDensity) < 1e-12, "\(x) \(nu)")
        }
    }

    @Test func threeParametersAreRejectedWhereTwoAreTheLimit() throws {
        let summary = try SampleSummary(family: Self.family, values: Self.samples[1])
        let problem = summary.likelihood(fixing: ["nu": 5])
        #expect(problem.parameterNames == ["mu", "sigma"])
        let heldSigma = summary.likelihood(fixing: ["nu": 5, "sigma": 2])
        #expect(heldSigma.parameterNames == ["mu"])
    }
}

/// Lesson 13's heavy-tailed returns: both fits and the tail probabilities they predict.
@Suite struct HeavyTailedReturnsTests {
    @Test func theStudentTBeatsTheNormalAndPredictsHeavierTails() throws {
        let returns = try HeavyTailedReturns(seed: 7, count: 1000, degreesOfFreedom: 4)
        #expect(returns.normal.converged && returns.studentT.converged)
        #expect(returns.studentT.aic < returns.normal.aic - 2)
        let nu = try #require(returns.studentT.value(of: "nu"))
        #expect(nu > 2 && nu < 8)
        // Under the Normal fit the tail is 2Φ(−4s/σ̂) = erfc(4s/(σ̂√2)), computed here independently.
        let sigma = try #require(returns.normal.value(of: "sigma"))
        let normalTail = Foundation.erfc(4 * returns.standardDeviation / (sigma * 2.0.squareRoot()))
        #expect(abs(returns.tailProbability(returns.normal) - normalTail) < 1e-12 * normalTail)
        #expect(returns.tailProbability(returns.studentT) > 10 * returns.tailProbability(returns.normal))
        #expect(returns.observedTailShare > returns.tailProbability(returns.normal))
    }
}

/// On many values the ν grid runs on an even subsample and Newton climbs on all the data: the
/// top it reaches is the one the grid on every value leads to.
struct StudentTSubsampledGridTests {
    @Test func aSubsampledGridLeadsToTheSameMaximum() throws {
        var generator = SeededGenerator(seed: 41)
        let values = StudentT(location: 0.4, scale: 1.3, degreesOfFreedom: 3.5).samples(30_000, using: &generator)
        let summary = try SampleSummary(family: try #require(Family(named: "student-t")), values: values)
        let subsampled = StudentTProfile(values, fixed: [:], gridSampleSize: 10_000).fit(summary: summary)
        let full = StudentTProfile(values, fixed: [:], gridSampleSize: values.count).fit(summary: summary)
        for (a, b) in zip(subsampled.estimates, full.estimates) {
            #expect(abs(a.value - b.value) <= 1e-9 * abs(b.value), "\(a.name): \(a.value) against \(b.value)")
        }
        #expect(abs(subsampled.logLikelihood - full.logLikelihood) <= 1e-12 * abs(full.logLikelihood))
        #expect(subsampled.converged && full.converged)
    }
}

/// The Cauchy is the Student-t at ν = 1: with more than half the values at one point its
/// likelihood grows without bound as γ → 0 at that point, and the fit says so instead of
/// reporting γ̂ ≈ 1e-19 as converged.
struct CauchyTiesTests {
    @Test func moreThanHalfTiedIsRefusedHalfIsFitted() throws {
        let cauchy = try #require(Family(named: "cauchy"))
        let tied = [2.0, 2, 2, 2, 2, 2, 1, 5, 9]
        #expect(
            throws: DataError.tiedValues(
                value: 2, count: 6, sampleSize: 9,
                consequence:
                    "with x0 there the Cauchy likelihood grows without bound as gamma -> 0 (more than half the values are tied), so there is no maximum likelihood estimate; hold gamma with --gamma"
            )
        ) { try MaximumLikelihood.fit(SampleSummary(family: cauchy, values: tied)) }
        let held = try MaximumLikelihood.fit(SampleSummary(family: cauchy, values: tied), fixed: ["gamma": 1])
        #expect(held.converged && abs(held.estimates[0].value - 2) < 0.5)
        let fewer = try MaximumLikelihood.fit(SampleSummary(family: cauchy, values: [2, 2, 2, 2, 1, 5, 9, 8, 3]))
        #expect(fewer.converged && fewer.estimates[1].value > 0.1)
    }
}
