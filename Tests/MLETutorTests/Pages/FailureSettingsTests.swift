import MLECore
import Testing

@testable import MLETutor

/// The settings a lesson uses to provoke a failure: raw Newton on the optimizer page
/// (`safeguard: false`) and a step limit on the surface page (`max-steps`).
@Suite struct FailureSettingsTests {
    static let source = LessonSource(
        path: "fixtures/failures.yaml",
        text: """
            id: failures-fixture
            title: Failures fixture
            summary: Fits that fail on purpose.
            pages:
              - kind: optimizer
                title: Raw Newton
                family: normal
                sample: {mu: 0, sigma: 1, n: 20, seed: 3}
                fixed: {mu: 0}
                start: 2.5
                step: 0.1
                range: [0.2, 4]
                method: newton
                safeguard: false
              - kind: surface
                title: A short budget
                family: gamma
                sample: {alpha: 2.5, beta: 1, n: 50, seed: 4}
                start: [1, 2]
                method: gradient
                max-steps: 20
            """)

    static func state(page: Int) throws -> AppState {
        .inLesson(
            0, page: page, course: try FixtureCourse.load([source]), progress: LearnerProgress(), options: .standard,
            width: 80, height: 24)
    }

    @Test func rawNewtonFromWhereLCurvesUpIsNamedAndShowsNoSafeguard() throws {
        var state = try Self.state(page: 0)
        #expect(AppView.render(state).description.contains("Newton-Raphson, no safeguard"))
        ExplorerFixture.press(.character("s"), 1, &state)
        let page = try #require(ExplorerFixture.page(state, as: OptimizerPage.self))
        #expect(page.run.diagnosis == .headingForMinimum)
        #expect(page.run.path[1].theta[0] > page.run.path[0].theta[0], "it walked away from σ̂")
        #expect(page.run.path[1].logLikelihood < page.run.path[0].logLikelihood)
        #expect(AppView.render(state).description.contains("heading for a minimum"))
        ExplorerFixture.press(.left, 15, &state)
        ExplorerFixture.press(.character("s"), 20, &state)
        let nearer = try #require(ExplorerFixture.page(state, as: OptimizerPage.self))
        #expect(nearer.run.diagnosis.isConverged, "from σ = 1 raw Newton converges")
    }

    @Test func theSurfaceStopsAtItsStepLimitInWords() throws {
        var state = try Self.state(page: 1)
        ExplorerFixture.press(.character("s"), 22, &state)
        let page = try #require(ExplorerFixture.page(state, as: SurfacePage.self))
        #expect(page.run.diagnosis == .iterationLimit(20))
        #expect(page.run.path.count == 21)
        #expect(AppView.render(state).description.contains("did not converge after 20 iterations"))
        ExplorerFixture.press(.character("o"), 1, &state)
        ExplorerFixture.press(.character("s"), 20, &state)
        let newton = try #require(ExplorerFixture.page(state, as: SurfacePage.self))
        #expect(newton.run.diagnosis.isConverged, "Newton needs fewer than 20 steps here")
    }

    @Test func badValuesAreReportedWhereTheyAre() {
        #expect(
            LivePageLintTests.diagnostics(
                "  - kind: optimizer\n    family: exponential\n    data: [1, 2]\n    safeguard: maybe") == [
                    "bad.yaml:8:16: error: field 'safeguard' in page 1 (optimizer) must be true or false, not 'maybe'"
                ])
        #expect(
            LivePageLintTests.diagnostics(
                "  - kind: surface\n    family: normal\n    data: [1, 2, 4]\n    max-steps: 0") == [
                    "bad.yaml:8:16: error: field 'max-steps' in page 1 (surface) must be a whole number from 1 to 10000, not '0'"
                ])
    }
}
