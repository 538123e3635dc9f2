import Testing

@testable import MLETutor

@Suite struct SimulationPageTests {
    static let studies: [LivePagesCourse.Page] = [.consistency, .normality, .efficiency, .invariance, .score]

    @Test(arguments: studies)
    func runsOverTicksWithAProgressBarThenStops(study: LivePagesCourse.Page) throws {
        var state = try LivePagesCourse.state(study)
        let start = try #require(state.page(as: SimulationPage.self))
        #expect(start.progress.done == 0)
        #expect(state.isAnimating)
        #expect(AppView.render(state).description.contains("Simulating"))
        _ = AppUpdate.update(&state, .tick)
        let afterOne = try #require(state.page(as: SimulationPage.self))
        #expect(afterOne.progress.done > 0 && afterOne.progress.done < afterOne.progress.total)
        let frame = AppView.render(state).description
        #expect(frame.contains("Simulating") && frame.contains("\(afterOne.progress.done)/\(afterOne.progress.total)"))
        let ticks = state.tickUntilIdle()
        #expect(ticks >= 2)
        #expect(!state.isAnimating)
        #expect(!AppView.render(state).description.contains("Simulating"))
    }

    @Test func sameSeedSameResultNewDrawsDiffer() throws {
        var first = try LivePagesCourse.state(.efficiency)
        first.tickUntilIdle()
        var second = try LivePagesCourse.state(.efficiency)
        second.tickUntilIdle()
        let a = try #require(first.page(as: SimulationPage.self)?.replicationStudy)
        let b = try #require(second.page(as: SimulationPage.self)?.replicationStudy)
        #expect(a.maximumLikelihood == b.maximumLikelihood)
        #expect(AppView.render(first) == AppView.render(second))
        second.press(.character("r"))
        #expect(second.isAnimating)
        second.tickUntilIdle()
        let c = try #require(second.page(as: SimulationPage.self)?.replicationStudy)
        #expect(c.maximumLikelihood != a.maximumLikelihood)
    }

    @Test func arrowsChangeTheSampleSizeWhereTheStudyAllowsIt() throws {
        var state = try LivePagesCourse.state(.normality)
        state.tickUntilIdle()
        state.press(.up)
        var page = try #require(state.page(as: SimulationPage.self))
        #expect(page.sampleSize == 100)
        #expect(page.progress.done == 0 && state.isAnimating)
        state.tickUntilIdle()
        page = try #require(state.page(as: SimulationPage.self))
        let study = try #require(page.replicationStudy)
        #expect(study.sampleSize == 100 && study.isFinished)
        #expect(abs(study.cramerRaoBound - 4.0 / 100) < 1e-15)
        state.press(.down, .down, .down)
        #expect(state.page(as: SimulationPage.self)?.sampleSize == 10)
        var consistency = try LivePagesCourse.state(.consistency)
        consistency.press(.up)
        #expect(consistency.page(as: SimulationPage.self)?.sampleSize == 20_000)
    }

    @Test func unknownStudyIsReportedWithASuggestion() {
        let source = LessonSource(
            path: "bad.yaml",
            text: """
                id: bad
                title: Bad
                summary: A misspelt study.
                pages:
                  - kind: simulation
                    study: consistancy
                """)
        let result = Course.load([source])
        #expect(
            result.formattedDiagnostics.first?.hasPrefix(
                "bad.yaml:6:12: error: unknown study 'consistancy' in page 1 (simulation); did you mean 'consistency'?")
                == true)
    }

    @Test(arguments: studies, [(80, 24), (160, 48)])
    func snapshots(study: LivePagesCourse.Page, size: (Int, Int)) throws {
        var state = try LivePagesCourse.state(study, width: size.0, height: size.1)
        let name = "simulation-\(study)-\(size.0)x\(size.1)"
        _ = AppUpdate.update(&state, .tick)
        expectSnapshot(AppView.render(state), named: name + "-running")
        state.tickUntilIdle()
        expectSnapshot(AppView.render(state), named: name + "-done")
    }
}

extension SimulationPageTests {
    /// The score page runs a `ScoreStudy` at λ = 2 with the page's n, shows the theory's n·I(λ)
    /// beside the simulated variance, and the arrows change n.
    @Test func scorePageShowsTheScoreAgainstTheInformation() throws {
        var state = try LivePagesCourse.state(.score)
        state.tickUntilIdle()
        let page = try #require(state.page(as: SimulationPage.self))
        let study = try #require(page.scoreStudy)
        #expect(study.lambda == 2 && study.sampleSize == 20 && study.isFinished)
        #expect(page.replicationStudy == nil && page.consistency == nil)
        let frame = AppView.render(state).description
        #expect(frame.contains("n·I(λ)") && frame.contains("5.000"))
        #expect(frame.contains("mean of U") && frame.contains("Var(U)"))
        state.press(.up)
        #expect(state.page(as: SimulationPage.self)?.scoreStudy?.sampleSize == 50)
    }
}
