import MLECore
import Testing

@testable import MLETutor

/// Optimizer pages that teach: every iterate visible, labels that never overprint, speeds and
/// a key that runs to the end.
@Suite struct OptimizerTeachingTests {
    private func shipped(_ lessonID: String, pageTitled title: String) throws -> AppState {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let lessonIndex = try #require(course.lessonIndex(id: lessonID))
        let page = try #require(course.lessons[lessonIndex].pages.firstIndex { $0.title == title })
        return AppState.inLesson(
            lessonIndex, page: page, course: course, progress: LearnerProgress(), options: .standard, width: 80,
            height: 24)
    }

    @Test func theOvershootIsOnThePlot() throws {
        var state = try shipped("numerical-mle", pageTitled: "Too large a learning rate")
        ExplorerFixture.press(.character("s"), 4, &state)
        let page = try #require(ExplorerFixture.page(state, as: OptimizerPage.self))
        let view = IterateView(path: page.run.path, baseRange: page.slider.range, problem: page.model.problem)
        #expect(page.run.path.count >= 2, "at least one step was taken")
        for iterate in page.run.path {
            #expect(
                view.range.contains(iterate.theta[0]), "iterate \(iterate.number) at \(iterate.theta[0]) is on the axis"
            )
        }
        #expect(view.range.upperBound > page.slider.range.upperBound, "the axis grew to take the overshoot in")
        let frame = AppView.render(state).description
        #expect(frame.contains("1"), "the overshooting iterate carries its number")
    }

    @Test func anIterateFarBeyondTheAxisIsMarkedAtTheEdgeWithItsValue() throws {
        let state = try ExplorerFixture.state(page: 2)
        let page = try #require(ExplorerFixture.page(state, as: OptimizerPage.self))
        let problem = page.model.problem
        let base = page.slider.range
        let far = Iterate(problem, at: Theta(base.upperBound + 100 * (base.upperBound - base.lowerBound)), number: 1)
        let view = IterateView(
            path: [Iterate(problem, at: Theta(page.slider.value)), far], baseRange: base, problem: problem)
        #expect(view.range == base, "the axis does not flatten the curve to reach it")
        let markers = view.edgeMarkers(symbol: "α", unicode: true)
        guard case .marker(let point, _, _, let text)? = markers.first else {
            Issue.record("expected an edge marker")
            return
        }
        #expect(point.x == base.upperBound)
        #expect((text ?? "").hasPrefix("1: α = ") && (text ?? "").hasSuffix("→"), "\(text ?? "")")
    }

    @Test func onlyTheNewestIteratesAreNumberedAndNoLabelOverprintsAnother() throws {
        var state = try ExplorerFixture.state(page: 2)
        ExplorerFixture.press(.character("s"), 12, &state)
        let lines = AppView.render(state).description.split(separator: "\n").map(String.init)
        // The plot's rows: from the row under the settings to the axis.
        let plot = lines.prefix { !$0.contains("└") }.dropFirst(5)
        // Numbers standing alone in the plot area (tick labels have a decimal point or a minus).
        let labels = plot.flatMap { line in
            line.split { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "−")) }.map(String.init)
                .filter { $0.allSatisfy(\.isNumber) }
        }
        #expect(labels.filter { $0 == "12" }.count == 1, "the newest iterate is numbered once: \(labels)")
        #expect(!labels.contains("5") && !labels.contains("6"), "older iterates are numbered in the table only")
    }

    @Test func eRunsToTheEndAndMeetsTheCheckpoint() throws {
        var state = try ExplorerFixture.state(page: 2)
        #expect(state.activePage?.checkpointMet == false)
        ExplorerFixture.press(.character("e"), 1, &state)
        let page = try #require(ExplorerFixture.page(state, as: OptimizerPage.self))
        #expect(page.run.isFinished)
        #expect(state.activePage?.checkpointMet == true)
    }

    @Test func theRidgeClimbEndsInSecondsAtTheFastestSpeed() throws {
        var state = try shipped("numerical-mle", pageTitled: "A ridge in the Gamma surface")
        ExplorerFixture.press(.character("4"), 1, &state)
        ExplorerFixture.press(.character("g"), 1, &state)
        var ticks = 0
        // 60 ticks of the 50 ms clock are three seconds.
        while state.activePage?.checkpointMet == false, ticks < 60 {
            _ = AppUpdate.update(&state, .tick)
            ticks += 1
        }
        #expect(state.activePage?.checkpointMet == true, "finished within \(ticks) ticks")
        guard case .lesson(let session) = state.screen, let surface = session.page as? SurfacePage else {
            Issue.record("expected the surface page")
            return
        }
        #expect(surface.run.path.count > 100, "every step kept for drawing")
    }
}
