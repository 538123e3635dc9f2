import MLECore
import Testing

@testable import MLETutor

/// The flat-ridge page: the optimizers stop on the ridge with MLECore's diagnosis, and
/// calibration readings turn the ridge into one peak.
@Suite struct IdentifiabilityPageTests {
    static let source = LessonSource(
        path: "fixtures/identifiability.yaml",
        text: """
            id: identifiability-fixture
            title: Identifiability fixture
            summary: A scale with a bias.
            pages:
              - kind: identifiability
                title: A parameter the data cannot see
                prompt: Press g, then c.
                seed: 7
                readings: 20
                calibrations: 10
                weight: 5
                bias: 1
            """)

    static func state(width: Int = 80, height: Int = 24, options: DisplayOptions = .standard) throws -> AppState {
        .inLesson(
            0, page: 0, course: try FixtureCourse.load([source]), progress: LearnerProgress(), options: options,
            width: width, height: height)
    }

    private func page(_ state: AppState) throws -> IdentifiabilityPage {
        try #require(ExplorerFixture.page(state, as: IdentifiabilityPage.self))
    }

    private func frame(_ state: AppState) -> String { AppView.render(state).description }

    @Test func gradientAscentStopsOnTheRidgeAndSaysWhy() throws {
        var state = try Self.state()
        #expect(try page(state).checkpointMet == false)
        ExplorerFixture.press(.character("s"), 40, &state)
        let page = try page(state)
        #expect(page.run.diagnosis == .notIdentifiable)
        let end = page.run.current.theta
        #expect(abs(end[0] + end[1] - page.problem.readingMean) <= 1e-8)
        #expect(frame(state).contains("not identifiable: the information matrix is"))
        #expect(frame(state).contains("det J = 0"))
        #expect(page.checkpointMet == false, "the ridge alone is half the work")
    }

    @Test func calibrationGivesOnePeakThatTheRunReachesOnTicks() throws {
        var state = try Self.state()
        ExplorerFixture.press(.character("s"), 40, &state)
        ExplorerFixture.press(.character("c"), 1, &state)
        #expect(try page(state).run.path.count == 1, "c starts the run again")
        ExplorerFixture.press(.character("g"), 1, &state)
        #expect(state.isAnimating)
        for _ in 0..<(400 * OptimizerRun.speeds[0].ticks) where state.isAnimating {
            _ = AppUpdate.update(&state, .tick)
        }
        let page = try page(state)
        #expect(page.run.diagnosis.isConverged)
        let peak = try #require(page.problem.maximum)
        #expect(abs(page.run.current.theta[0] - peak[0]) <= 1e-9)
        #expect(abs(page.run.current.theta[1] - peak[1]) <= 1e-9)
        #expect(page.checkpointMet == true)
        let determinant = page.problem.observedInformation(peak).determinant
        #expect(determinant == 200, "det J = n·m = 20·10")
    }

    @Test func newtonOnTheRidgeIsNamedTooAndTheArrowsMoveTheStart() throws {
        var state = try Self.state()
        let before = try page(state).cursor
        ExplorerFixture.press(.up, 2, &state)
        ExplorerFixture.press(.right, 1, &state)
        let moved = try page(state).cursor
        #expect(abs(moved[1] - before[1] - 0.2) <= 1e-12 && abs(moved[0] - before[0] - 0.1) <= 1e-12)
        ExplorerFixture.press(.character("o"), 1, &state)
        ExplorerFixture.press(.character("s"), 3, &state)
        #expect(try page(state).run.method == .newtonRaphson)
        #expect(try page(state).run.diagnosis == .notIdentifiable)
    }

    @Test func theKeyBarOffersCalibrationFirst() throws {
        var state = try Self.state()
        #expect(frame(state).contains("c calibrate"))
        ExplorerFixture.press(.character("c"), 1, &state)
        #expect(frame(state).contains("c drop calibration"))
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(size: (Int, Int)) throws {
        var state = try Self.state(width: size.0, height: size.1)
        ExplorerFixture.press(.character("s"), 40, &state)
        expectSnapshot(AppView.render(state), named: "identifiability-ridge-\(size.0)x\(size.1)")
        var ascii = try Self.state(width: size.0, height: size.1, options: .ascii)
        ExplorerFixture.press(.character("c"), 1, &ascii)
        expectSnapshot(AppView.render(ascii), named: "identifiability-calibrated-ascii-\(size.0)x\(size.1)")
    }

    @Test func lintReportsBadFieldsWithTheirRange() {
        #expect(
            LivePageLintTests.diagnostics("  - kind: identifiability\n    readings: 1") == [
                "bad.yaml:6:15: error: field 'readings' in page 1 (identifiability) must be a whole number from 2 to 500, not '1'"
            ])
    }
}
