import MLECore
import Testing

@testable import MLETutor

/// `start: moments` puts a surface's first run at the method-of-moments point.
@Suite struct MomentsStartTests {
    private static func surface(_ family: String, _ sample: String) throws -> SurfacePage {
        let source = LessonSource(
            path: "moments.yaml",
            text: """
                id: moments
                title: Moments
                summary: A surface started at the moments.
                pages:
                  - kind: surface
                    title: From the moments
                    family: \(family)
                    sample: \(sample)
                    start: moments
                    method: newton
                """)
        let course = try FixtureCourse.load([source])
        let state = AppState.inLesson(
            0, page: 0, course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        return try #require(ExplorerFixture.page(state, as: SurfacePage.self))
    }

    @Test func theGammaRunStartsAtTheMomentsNotAtTheMLE() throws {
        let page = try Self.surface("gamma", "{alpha: 2.5, beta: 1, n: 50, seed: 4}")
        let moments = MethodOfMoments.gamma(try #require(page.model as? LikelihoodModel).summary)
        #expect(page.run.start == Theta(moments.alpha, moments.beta))
        let fit = try #require(page.model.fit)
        #expect(abs(moments.alpha - fit.estimates[0].value) > 1e-3, "the moments are a start, not the answer")
    }

    @Test func theNormalRunStartsAtTheSampleMeanAndSpread() throws {
        let page = try Self.surface("normal", "{mu: 5, sigma: 2, n: 30, seed: 11}")
        let summary = try #require(page.model as? LikelihoodModel).summary
        #expect(page.run.start[0] == summary.mean)
        #expect(page.run.start[1] == summary.maximumLikelihoodVariance.squareRoot())
    }

    @Test func anyOtherWordIsReportedWithTheAcceptedForms() {
        let messages = LivePageLintTests.diagnostics(
            "  - kind: surface\n    family: normal\n    data: [1, 2, 4]\n    start: middle")
        #expect(messages.count == 1)
        #expect(messages.first?.hasSuffix("or 'moments' for the method-of-moments point") == true)
    }
}
