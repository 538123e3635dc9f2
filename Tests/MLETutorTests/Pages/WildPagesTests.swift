import MLECore
import RealModule
import Testing

@testable import MLETutor

/// The bigram and survival pages of "MLE in the wild".
@Suite struct WildPagesTests {
    static let source = LessonSource(
        path: "fixtures/wild.yaml",
        text: """
            id: wild-fixture
            title: Wild fixture
            summary: A language model and survival times.
            pages:
              - kind: bigram
                title: Bigrams
                prompt: Press g.
                text: the cat sat on the mat. the cat ate. the dog sat on the cat.
                sentences:
                  - the cat sat on the mat
                  - the dog ate
              - kind: survival
                title: Survival
                prompt: Press [ and ].
                seed: 6
                patients: 40
                mean-time: 5
                study-end: 4
            """)

    static func state(page: Int, width: Int = 80, height: Int = 24, options: DisplayOptions = .standard) throws
        -> AppState
    {
        .inLesson(
            0, page: page, course: try FixtureCourse.load([source]), progress: LearnerProgress(), options: options,
            width: width, height: height)
    }

    private func frame(_ state: AppState) -> String { AppView.render(state).description }

    @Test func theBigramTableShowsTheCountsAndTrainingReachesThem() throws {
        var state = try Self.state(page: 0)
        #expect(frame(state).contains("After “the” (5 times)"))
        var page = try #require(ExplorerFixture.page(state, as: BigramPage.self))
        #expect(page.checkpointMet == false)
        ExplorerFixture.press(.character("g"), 1, &state)
        while state.isAnimating { _ = AppUpdate.update(&state, .tick) }
        page = try #require(ExplorerFixture.page(state, as: BigramPage.self))
        #expect(page.trainer.largestGapToCounts <= BigramPage.tolerance)
        #expect(page.checkpointMet == true)
        let the = try #require(page.model.index(of: "the"))
        let cat = try #require(page.model.index(of: "cat"))
        #expect(abs(page.trainer.probabilities(after: the)[cat] - 0.6) <= BigramPage.tolerance)
    }

    @Test func theArrowsChooseTheWordAndTScoresTheNextSentence() throws {
        var state = try Self.state(page: 0)
        ExplorerFixture.press(.right, 1, &state)
        let page = try #require(ExplorerFixture.page(state, as: BigramPage.self))
        #expect(page.model.vocabulary[page.word] != "the")
        // −(log 3/5 + log 1/2 + log 1 + log 1 + log 1/5)/5, from the counts by hand.
        let byHand = (Double.log(5.0 / 3) + Double.log(2) + Double.log(5)) / 5
        #expect(
            frame(state).contains("“the cat sat on the mat”: \(NumberText.fixed(byHand, decimals: 4)) nats per word"))
        ExplorerFixture.press(.character("t"), 1, &state)
        #expect(frame(state).contains("“dog ate” never occurs in the text"))
        ExplorerFixture.press(.character("s"), 2, &state)
        ExplorerFixture.press(.character("r"), 1, &state)
        let reset = try #require(ExplorerFixture.page(state, as: BigramPage.self))
        #expect(reset.trainer.steps == 0)
    }

    @Test func theSurvivalFitsAreMLECoresAndTheStudyLengthMovesThem() throws {
        var state = try Self.state(page: 1)
        var page = try #require(ExplorerFixture.page(state, as: SurvivalPage.self))
        let data = try #require(page.observed)
        #expect(abs(page.fits[0].mean - 1 / data.exponentialRate) <= 1e-12)
        #expect(page.checkpointMet == false)
        ExplorerFixture.press(.character("["), 1, &state)
        page = try #require(ExplorerFixture.page(state, as: SurvivalPage.self))
        #expect(page.studyEnd == 3.2)
        #expect(page.checkpointMet == true)
        let shorter = try #require(page.observed)
        #expect(shorter.eventCount < data.eventCount)
        ExplorerFixture.press(.character("w"), 1, &state)
        page = try #require(ExplorerFixture.page(state, as: SurvivalPage.self))
        let observed = try #require(page.observed)
        let weibull = try #require(observed.weibullFit)
        #expect(frame(state).contains("model: Weibull"))
        #expect(weibull.shape > 0)
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(size: (Int, Int)) throws {
        var bigram = try Self.state(page: 0, width: size.0, height: size.1)
        ExplorerFixture.press(.character("s"), 20, &bigram)
        expectSnapshot(AppView.render(bigram), named: "bigram-\(size.0)x\(size.1)")
        let survival = try Self.state(page: 1, width: size.0, height: size.1)
        expectSnapshot(AppView.render(survival), named: "survival-\(size.0)x\(size.1)")
        let ascii = try Self.state(page: 1, width: size.0, height: size.1, options: .ascii)
        expectSnapshot(AppView.render(ascii), named: "survival-ascii-\(size.0)x\(size.1)")
    }

    @Test func lintNamesTheBadFields() {
        #expect(
            LivePageLintTests.diagnostics("  - kind: bigram\n    text: hello")
                == [
                    "bad.yaml:6:11: error: field 'text' in page 1 (bigram) cannot be used: a bigram model needs a text of at least 2 words, got 1"
                ])
        #expect(LivePageLintTests.diagnostics("  - kind: survival\n    study-end: 1000").count == 1)
    }
}
