@testable import MLETutor

/// Lessons written for the page tests, so their snapshots do not change when the shipped
/// lessons are edited.
enum ExplorerFixture {
    static let source = LessonSource(
        path: "fixtures/explorer.yaml",
        text: """
            id: explorer-fixture
            title: Explorer fixture
            summary: The explorer pages on fixed data.
            pages:
              - kind: explorer
                title: The coin
                prompt: Seven heads in ten tosses.
                family: binomial
                trials: 10
                data: [7]
                start: 0.5
                step: 0.01
                range: [0, 1]
                goal: true
              - kind: explorer
                title: Tosses
                family: bernoulli
                data: [1, 1, 0, 1, 1, 1, 0, 1, 1, 0]
                start: 0.5
                range: [0, 1]
                intervals: true
                live: true
              - kind: optimizer
                title: Gamma shape
                family: gamma
                sample: {alpha: 2.5, beta: 1, n: 50, seed: 4}
                fixed: {beta: 1}
                start: 0.5
                step: 0.1
                range: [0.1, 6]
                method: gradient
                learning-rate: 0.01
              - kind: surface
                title: Normal surface
                family: normal
                sample: {mu: 5, sigma: 2, n: 30, seed: 11}
                method: newton
              - kind: explorer
                title: Many tosses
                family: bernoulli
                sample: {p: 0.1, n: 3000, seed: 5}
                range: [0.07, 0.14]
                step: 0.001
                start: 0.13
            """)

    static func course() throws -> Course {
        try FixtureCourse.load([source])
    }

    /// The app on page `page` (0-based) of the fixture at the given size.
    static func state(page: Int, width: Int = 80, height: Int = 24, options: DisplayOptions = .standard) throws
        -> AppState
    {
        .inLesson(
            0, page: page, course: try course(), progress: LearnerProgress(), options: options, width: width,
            height: height)
    }

    /// The page model on screen, cast to its kind.
    static func page<Page: PageModel>(_ state: AppState, as kind: Page.Type) -> Page? {
        guard case .lesson(let session) = state.screen else { return nil }
        return session.page as? Page
    }

    /// Sends `key` `count` times.
    static func press(_ key: Key, _ count: Int = 1, _ state: inout AppState) {
        for _ in 0..<count { _ = AppUpdate.update(&state, .key(key)) }
    }
}
