import MLECore
import Testing

@testable import MLETutor

/// The simulation pages of lessons 14 and 15 that bend the textbook properties: the Uniform(0, θ)
/// maximum and the bias of the Normal variance's MLE.
@Suite struct RegularityStudyPageTests {
    static let source = LessonSource(
        path: "fixtures/regularity.yaml",
        text: """
            id: regularity
            title: Regularity
            summary: Where the properties bend.
            pages:
              - kind: simulation
                title: Uniform maximum
                study: uniform-maximum
                seed: 31
                replications: 1000
              - kind: simulation
                title: Variance bias
                study: variance-bias
                seed: 32
                replications: 2000
              - kind: simulation
                title: Robustness
                study: robustness
                seed: 33
                replications: 300
            """)

    static func state(page: Int, width: Int = 80, height: Int = 24, options: DisplayOptions = .standard) throws
        -> AppState
    {
        AppState.inLesson(
            0, page: page, course: try FixtureCourse.load([source]), progress: LearnerProgress(),
            options: options, width: width, height: height)
    }

    /// The readouts show the study's own numbers once it has run: the bias of θ̂ computed from its
    /// estimates, and the theoretical −σ²/n beside the measured bias of σ̂².
    @Test func finishedStudiesShowTheirMeasuredBias() throws {
        var uniform = try Self.state(page: 0)
        uniform.tickUntilIdle()
        let study = try #require(uniform.page(as: SimulationPage.self)?.replicationStudy)
        #expect(study.isFinished && study.sampleSize == 20)
        let bias = study.maximumLikelihood.reduce(0, +) / Double(study.completed) - 1
        let frame = AppView.render(uniform).description
        #expect(frame.contains("bias of θ̂   \(SimulationReadouts.signed(bias))"))
        #expect(bias < 0)

        var variance = try Self.state(page: 1)
        variance.tickUntilIdle()
        let text = AppView.render(variance).description
        #expect(text.contains("theory −σ²/n −0.2000"))
        #expect(text.contains("MSE of σ̂²"))
    }

    /// `c` cycles the wild value and restarts the run; other studies leave `c` alone.
    @Test func cSwapsInAWildValueOnTheRobustnessPage() throws {
        var state = try Self.state(page: 2)
        state.tickUntilIdle()
        #expect(AppView.render(state).description.contains("no wild value"))
        #expect(AppView.render(state).description.contains("c wild value"))
        state.press(.character("c"))
        #expect(state.isAnimating)
        state.tickUntilIdle()
        let study = try #require(state.page(as: SimulationPage.self)?.replicationStudy)
        #expect(study.design == .gammaShapeContaminated(alpha: 2, beta: 1, replacement: 30))
        #expect(AppView.render(state).description.contains("one value replaced by 30"))
        state.press(.character("c"), .character("c"))
        #expect(state.page(as: SimulationPage.self)?.contamination == Contamination.none)
        var other = try Self.state(page: 0)
        other.tickUntilIdle()
        other.press(.character("c"))
        #expect(!other.isAnimating)
    }

    @Test func arrowsChangeTheSampleSizeOfTheStudies() throws {
        for page in 0...2 {
            var state = try Self.state(page: page)
            let before = try #require(state.page(as: SimulationPage.self)?.sampleSize)
            state.press(.up)
            let after = try #require(state.page(as: SimulationPage.self)?.sampleSize)
            #expect(after > before)
        }
    }

    /// Every line keeps its width and nothing is cut at the edge, at both sizes and in both
    /// spellings, while running and when done.
    @Test(arguments: [(80, 24), (250, 70)], [DisplayOptions.standard, .ascii])
    func rendersWithoutClippedCells(size: (Int, Int), options: DisplayOptions) throws {
        for page in 0...2 {
            var state = try Self.state(page: page, width: size.0, height: size.1, options: options)
            _ = AppUpdate.update(&state, .tick)
            state.tickUntilIdle()
            let lines = AppView.render(state).lines
            #expect(lines.allSatisfy { $0.count == size.0 })
            #expect(!lines.contains { $0.hasSuffix("~") }, "page \(page + 1) at \(size)")
            if !options.unicode { #expect(lines.allSatisfy { $0.allSatisfy(\.isASCII) }) }
        }
    }

    @Test(arguments: [(0, "uniform-maximum"), (1, "variance-bias"), (2, "robustness")])
    func snapshots(page: Int, name: String) throws {
        var state = try Self.state(page: page)
        state.tickUntilIdle()
        if page == 2 { state.press(.character("c")) }
        state.tickUntilIdle()
        expectSnapshot(AppView.render(state), named: "simulation-\(name)-80x24-done")
    }
}
