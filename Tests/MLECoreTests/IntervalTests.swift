import Foundation
import Testing

@testable import MLECore

/// Intervals that respect the parameter space: profile-likelihood intervals for two-parameter
/// fits, Wald intervals on the log or logit scale, the covariance and correlation of the estimates.
@Suite struct IntervalTests {
    static let values = [4.1, 5.3, 2.2, 6.8, 5.0, 3.9, 4.4, 7.2, 3.1, 5.6, 4.8, 6.1]

    @Test func theNormalMeansProfileIntervalHasItsClosedForm() throws {
        // ℓp(μ) = −(n/2) log(2π σ̂²(μ)) − n/2 with σ̂²(μ) = σ̂² + (x̄ − μ)², so the ends are
        // x̄ ± σ̂ √(exp(2·1.9207/n) − 1).
        let fit = try MaximumLikelihood.fit(SampleSummary(family: .normal, values: Self.values))
        let n = Double(Self.values.count)
        let mean = Self.values.reduce(0, +) / n
        let sigma = (Self.values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
        let half = sigma * (exp(2 * LikelihoodRatioInterval.drop / n) - 1).squareRoot()
        let interval = try #require(fit.likelihoodRatioIntervals()[0])
        #expect(abs(interval.lower - (mean - half)) < 1e-9)
        #expect(abs(interval.upper - (mean + half)) < 1e-9)
    }

    @Test func theProfileDropsByTheCutOffAtBothEndsForEveryTwoParameterFamily() throws {
        for model in FamilyRegistry.all where model.parameters.count == 2 && model.supportBound == nil {
            let family = Family(model)
            var generator = SeededGenerator(seed: 9)
            let theta = model.parameters.map { $0.domain == .openUnitInterval ? 0.4 : 1.7 }
            let values = model.distribution(theta, trials: nil).samples(300, using: &generator)
            let fit = try MaximumLikelihood.fit(SampleSummary(family: family, values: values))
            let problem = try SampleSummary(family: family, values: values).likelihood()
            for (index, interval) in fit.likelihoodRatioIntervals().enumerated() {
                let interval = try #require(interval, "\(model.name)")
                #expect(interval.contains(fit.estimates[index].value))
                for end in [interval.lower, interval.upper] {
                    // The other parameter maximised independently, by golden-section search.
                    let other = fit.estimates[1 - index].value
                    let best = goldenMaximum(lower: other / 4, upper: other * 4 + 1) { v in
                        let point = index == 0 ? Theta(end, v) : Theta(v, end)
                        return problem.isInDomain(point) ? problem.logLikelihood(point) : -.infinity
                    }
                    let drop = fit.logLikelihood - best
                    #expect(abs(drop - LikelihoodRatioInterval.drop) < 1e-6, "\(model.name) \(index): \(drop)")
                }
            }
        }
    }

    private func goldenMaximum(lower: Double, upper: Double, _ f: (Double) -> Double) -> Double {
        var (a, b) = (lower, upper)
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<200 {
            let c = b - ratio * (b - a)
            let d = a + ratio * (b - a)
            if f(c) > f(d) { b = d } else { a = c }
        }
        return f((a + b) / 2)
    }

    @Test func waldIntervalsStayInsideTheParameterSpace() throws {
        let fit = try MaximumLikelihood.fit(SampleSummary(family: .bernoulli, values: [1, 1, 1, 0, 1, 1]))
        let plain = fit.estimates[0].waldInterval
        #expect(plain.upper > 1)  // the untransformed interval the course shows leaves [0, 1]
        let logit = fit.transformedWaldIntervals()[0]
        let p = 5.0 / 6
        let se = (p * (1 - p) / 6).squareRoot()
        let spread = 1.959963984540054 * se / (p * (1 - p))
        #expect(abs(logit.lower - 1 / (1 + exp(-(log(p / (1 - p)) - spread)))) < 1e-14)
        #expect(abs(logit.upper - 1 / (1 + exp(-(log(p / (1 - p)) + spread)))) < 1e-14)
        #expect(logit.lower > 0 && logit.upper < 1)
        let gamma = try MaximumLikelihood.fit(SampleSummary(family: .gamma, values: [2.1, 2.3]))
        #expect(gamma.transformedWaldIntervals().allSatisfy { $0.lower > 0 })
        #expect(gamma.warnings.contains(.smallSample(n: 2)))
    }

    @Test func covarianceIsTheInverseInformationAndCorrelationItsScaling() throws {
        let summary = try SampleSummary(family: .gamma, values: Self.values)
        let fit = try MaximumLikelihood.fit(summary)
        let covariance = try #require(fit.covariance)
        let theta = Theta(fit.estimates[0].value, fit.estimates[1].value)
        let information = summary.likelihood().observedInformation(theta)
        // J·J⁻¹ = I.
        #expect(abs(information.h11 * covariance[0, 0] + information.h12 * covariance[0, 1] - 1) < 1e-12)
        #expect(abs(information.h11 * covariance[0, 1] + information.h12 * covariance[1, 1]) < 1e-12)
        #expect(abs(covariance[0, 0].squareRoot() - fit.estimates[0].standardError) < 1e-15)
        let correlation = try #require(fit.correlation)
        #expect(abs(correlation[0, 1] - covariance[0, 1] / (covariance[0, 0] * covariance[1, 1]).squareRoot()) < 1e-15)
        #expect(correlation[0, 1] > 0.8 && correlation[0, 1] < 1)
    }
}

/// Hostile fixed values: an estimate that overflows is an error with a reason, never a trap.
@Suite struct OverflowTests {
    /// With μ = 1e308 fixed, σ̂ = √(mean (x − μ)²) is finite now that the squares are scaled
    /// (issue 15.3), so there is no error. mpmath at 40 digits: σ̂ = 1.00000000000000001098e308
    /// (1e308 as a double), ℓ̂ = −2842.460588701483; the likelihood-ratio interval's lower end is
    /// 5.690795341052302e307 and its upper end 2.4523e308, beyond the largest double. The observed
    /// information 2n/σ̂² is below the smallest double, so no standard error is given.
    @Test func aMeanFixedFarFromTheDataFitsSigmaAtThatDistance() throws {
        let summary = try SampleSummary(family: .normal, values: [0.5, 0.25, 0.75, 0.6])
        let fit = try MaximumLikelihood.fit(summary, fixed: ["mu": 1e308])
        let sigma = try #require(fit.estimates.first)
        #expect(sigma.value == 1e308)
        #expect(abs(fit.logLikelihood - -2842.460588701483) <= 1e-13 * 2842.460588701483)
        #expect(fit.warnings.contains(.standardErrorsUnavailable))
        let ratio = try #require(sigma.likelihoodRatioInterval)
        #expect(abs(ratio.lower - 5.690795341052302e307) <= 1e-12 * 5.690795341052302e307, "\(ratio.lower)")
        #expect(ratio.upper == .infinity, "the upper end is beyond the largest double, not \(ratio.upper)")
    }

    @Test func anOverflowedWaldIntervalIsTheWholeLine() {
        let interval = ConfidenceInterval.wald(estimate: .infinity, standardError: .infinity)
        #expect(interval.lower == -.infinity && interval.upper == .infinity)
    }
}

/// ℓ̂ − 1.92 is a cut below a maximum: a fit that did not reach one gives no likelihood-ratio
/// intervals (and does not spend seconds looking for them: found by the fit-compare fuzz target).
struct IntervalsWithoutAMaximumTests {
    @Test func aFitThatDidNotConvergeHasNoLikelihoodRatioIntervals() throws {
        let family = try #require(Family(named: "negative-binomial"))
        let fit = try MaximumLikelihood.fit(SampleSummary(family: family, values: [44, 1.4499e103, 0]))
        #expect(!fit.converged)
        #expect(fit.likelihoodRatioIntervals().allSatisfy { $0 == nil })
    }

    /// Counts whose variance overflows (0 and 1e200) once gave the negative binomial a start of
    /// (NaN, 0) and a trap in Newton (found by the fit-compare fuzz target): now a fit that says it
    /// did not converge.
    @Test func countsWhoseMomentsOverflowDoNotTrap() throws {
        let family = try #require(Family(named: "negative-binomial"))
        let summary = try SampleSummary(family: family, values: [0, 1e200, 3])
        #expect(family.model.methodOfMoments(summary) == nil)
        let fit = try MaximumLikelihood.fit(summary)
        #expect(!fit.converged)
    }
}
