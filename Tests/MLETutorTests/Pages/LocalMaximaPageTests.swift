import MLECore
import Testing

@testable import MLETutor

/// Lesson 9's page "Two peaks, two answers": the Cauchy location likelihood of five points (γ = 1
/// held fixed) has two local maxima, and Newton from either side of the dip stops on a different
/// one. References from scipy (`brentq` on the score of −4, −3.5, 3, 3.5, 4.5):
/// x₀ = −3.49056778897014 (ℓ = −17.80007462114608), dip at −0.928221740118926,
/// x₀ = 3.385024317809045 (ℓ = −14.579557541954747).
@Suite struct LocalMaximaPageTests {
    static func state() throws -> (AppState, page: Int) {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let lesson = try #require(course.lessons.firstIndex { $0.id == "when-fits-fail" })
        let page = try #require(course.lessons[lesson].pages.firstIndex { $0.title == "Two peaks, two answers" })
        let state = AppState.inLesson(
            lesson, page: page, course: course, progress: LearnerProgress(), options: .standard, width: 80,
            height: 24)
        return (state, page)
    }

    /// Runs the page to its end from where its start is now.
    static func runToEnd(_ state: inout AppState) throws -> OptimizerRun {
        ExplorerFixture.press(.character("e"), 1, &state)
        let page = try #require(ExplorerFixture.page(state, as: OptimizerPage.self))
        #expect(page.run.diagnosis.isConverged)
        return page.run
    }

    @Test func startsOnEitherSideOfTheDipEndOnDifferentPeaks() throws {
        var (state, _) = try Self.state()
        let first = try #require(ExplorerFixture.page(state, as: OptimizerPage.self))
        #expect(first.model.parameterNames == ["x0"])
        #expect(first.run.method == .newtonRaphson)
        let dip = -0.928221740118926
        #expect(first.slider.value < dip, "the page starts left of the dip")
        let left = try Self.runToEnd(&state).current

        ExplorerFixture.press(.character("r"), 1, &state)
        ExplorerFixture.press(.right, 3, &state)
        let moved = try #require(ExplorerFixture.page(state, as: OptimizerPage.self))
        #expect(moved.slider.value > dip, "three presses of → pass the dip, as the prompt says")
        let right = try Self.runToEnd(&state).current

        // Both are local maxima: zero score, ℓ curving down.
        for end in [left, right] {
            #expect(abs(end.score[0]) < 1e-8)
            #expect(end.hessian.h11 < 0)
        }
        #expect(abs(left.theta[0] - -3.49056778897014) < 1e-8)
        #expect(abs(right.theta[0] - 3.385024317809045) < 1e-8)
        #expect(abs(left.logLikelihood - -17.80007462114608) < 1e-9)
        #expect(abs(right.logLikelihood - -14.579557541954747) < 1e-9)
        #expect(right.logLikelihood > left.logLikelihood + 1, "the right peak is the MLE")
        // The family's own fit, from the median, finds the higher peak.
        let summary = try SampleSummary(family: Family(CauchyFamily()), values: [-4, -3.5, 3, 3.5, 4.5])
        let fit = try MaximumLikelihood.fit(summary, fixed: ["gamma": 1])
        #expect(abs(try #require(fit.estimate("x0")?.value) - right.theta[0]) < 1e-8)
    }

    @Test func theFrameAfterARunShowsTheResultAndTheDiagnosis() throws {
        var (state, _) = try Self.state()
        _ = try Self.runToEnd(&state)
        let frame = AppView.render(state).description
        #expect(frame.contains("Converged after"))
        #expect(frame.contains("Result: x₀ = −3.49056778897"))
    }
}
