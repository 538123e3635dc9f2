import MLECore
import Testing

@testable import MLETutor

/// `explore` uses one dataset: after observations are added or removed, the header's n, the
/// slider's readouts and the optimizer tab all work on the new data.
@Suite struct ExploreOneDatasetTests {
    private func state(_ arguments: [String]) throws -> AppState {
        let command = try ExploreCommand.parse(arguments)
        guard case .success(let model) = command.loadModel() else {
            Issue.record("the model did not load")
            throw ExploreTestError()
        }
        let (page, title) = ExploreCommand.page(for: model, source: "--data")
        return AppState.exploring(page, title: title, options: .standard, width: 100, height: 30)
    }

    struct ExploreTestError: Error {}

    private func tabs(_ state: AppState) throws -> PageTabs {
        guard case .exploring(let session) = state.screen, let tabs = session.page as? PageTabs else {
            throw ExploreTestError()
        }
        return tabs
    }

    @Test func theOptimizerAfterAAgreesWithFitOnTheNewData() throws {
        var state = try state(["normal", "--sigma", "2", "--data", "4.1,5.3,3.8,6.0,4.9"])
        ExplorerFixture.press(.character("A"), 1, &state)
        let explorer = try #require(try tabs(state).pages[0] as? ExplorerPage)
        #expect(explorer.model.summary.count == 15)
        ExplorerFixture.press(.tab, 1, &state)
        ExplorerFixture.press(.character("e"), 1, &state)
        let optimizer = try #require(try tabs(state).pages[1] as? OptimizerPage)
        #expect(try #require(optimizer.model as? LikelihoodModel).summary.count == 15)
        let values = try #require(explorer.model.values)
        let fit = try MaximumLikelihood.fit(try SampleSummary(family: .normal, values: values), fixed: ["sigma": 2])
        let mu = try #require(fit.estimate("mu")?.value)
        #expect(optimizer.run.diagnosis.isConverged)
        #expect(abs(optimizer.run.current.theta[0] - mu) <= 1e-6 * max(1, abs(mu)))
    }

    @Test func removingTheAddedObservationsRestoresTheSummaryExactly() throws {
        var state = try state(["normal", "--sigma", "2", "--data", "4.1,5.3,3.8,6.0,4.9"])
        let before = try #require(try tabs(state).pages[0] as? ExplorerPage).model.summary
        ExplorerFixture.press(.character("A"), 1, &state)
        ExplorerFixture.press(.character("x"), 10, &state)
        let after = try #require(try tabs(state).pages[0] as? ExplorerPage).model.summary
        #expect(after.count == before.count && after.sum == before.sum)
        #expect(after.sumOfSquaredDeviations == before.sumOfSquaredDeviations)
        ExplorerFixture.press(.character("x"), 1, &state)
        let optimizer = try #require(try tabs(state).pages[1] as? OptimizerPage)
        #expect(
            try #require(optimizer.model as? LikelihoodModel).summary.count == 4,
            "an original observation removed reaches the optimizer too")
    }

    @Test func anAddedObservationUpdatesTheSummaryAsAFreshOneWould() throws {
        var model = try LikelihoodModel(family: .poisson, values: [2, 4, 1, 3], fixed: [:])
        try model.append(7)
        let fresh = try SampleSummary(family: .poisson, values: [2, 4, 1, 3, 7])
        #expect(model.summary.count == fresh.count && model.summary.sum == fresh.sum)
        #expect(model.fit?.estimates[0].value == 17.0 / 5)
    }
}

extension ExploreOneDatasetTests {
    @Test func theHeaderCountsTheObservationsAsTheyStand() throws {
        var state = try state(["normal", "--sigma", "2", "--data", "4.1,5.3,3.8,6.0,4.9"])
        #expect(AppView.render(state).description.contains("n = 5 from --data"))
        ExplorerFixture.press(.character("A"), 1, &state)
        #expect(AppView.render(state).description.contains("n = 15 from --data"))
        ExplorerFixture.press(.tab, 1, &state)
        #expect(AppView.render(state).description.contains("n = 15 from --data"))
    }
}
