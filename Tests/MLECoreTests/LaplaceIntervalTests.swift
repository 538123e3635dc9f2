import MLECore
import Testing

/// The Laplace profile-likelihood intervals, whose inner maxima are in closed form (b̂(μ) =
/// mean|x − μ|; μ̂ = the median whatever b is), against Tests/References/laplace_profile.py
/// (scipy's brentq on the closed-form profiles), to 1e-9 relative.
struct LaplaceIntervalTests {
    static let values = [2.31, 0.47, 1.95, 3.02, 1.18, 2.66, 0.91, 1.73, 4.4, 1.52, 2.08, 0.12]

    @Test func profileIntervalsMatchTheClosedFormProfiles() throws {
        let family = try #require(Family(named: "laplace"))
        let fit = try MaximumLikelihood.fit(SampleSummary(family: family, values: Self.values))
        #expect(abs(fit.logLikelihood - -18.703955438161813) <= 1e-12 * 18.7)
        let intervals = fit.likelihoodRatioIntervals()
        let mu = try #require(intervals[0])
        let b = try #require(intervals[1])
        for (computed, reference) in [
            (mu.lower, 1.1731871132105216), (mu.upper, 2.4168128867894785),
            (b.lower, 0.5212163530461419), (b.upper, 1.632453224887184),
        ] {
            #expect(abs(computed - reference) <= 1e-9 * abs(reference), "\(computed) against \(reference)")
        }
    }
}
