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
        #expect(fit.covariance == nil && fit.warnings.contains(.covarianceOfThreeParameters))
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
        #expect(Self.relative(covariance.h11.squareRoot(), held.estimates[0].standardError) < 1e-12)
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
