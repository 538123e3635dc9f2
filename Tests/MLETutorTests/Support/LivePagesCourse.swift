@testable import MLETutor

/// A lesson with one page of each live kind, fixed here so that page tests do not change when
/// the shipped lessons are edited.
enum LivePagesCourse {
    enum Page: Int {
        case classifier, separable, regression, underflow, consistency, normality, efficiency, invariance, score
    }

    static let source = LessonSource(
        path: "fixtures/live.yaml",
        text: """
            id: live
            title: Live pages
            summary: One page of each live kind.
            pages:
              - kind: classifier
                title: Classifier
                seed: 11
                points: 30
              - kind: classifier
                title: Separable
                seed: 11
                points: 30
                separable: true
              - kind: regression
                title: Regression
                seed: 5
                points: 25
              - kind: underflow
                title: Underflow
                p: 0.1
                n: 1000
              - kind: simulation
                title: Consistency
                study: consistency
                seed: 7
                sample-size: 20000
              - kind: simulation
                title: Normality
                study: normality
                seed: 8
                replications: 1000
              - kind: simulation
                title: Efficiency
                study: efficiency
                seed: 9
                replications: 1000
              - kind: simulation
                title: Invariance
                study: invariance
                seed: 10
                replications: 500
              - kind: simulation
                title: Score
                study: score
                seed: 12
                replications: 1000
            """)

    static func course() throws -> Course {
        try FixtureCourse.load([source])
    }

    static func state(_ page: Page, width: Int = 80, height: Int = 24, options: DisplayOptions = .standard) throws
        -> AppState
    {
        AppState.inLesson(
            0, page: page.rawValue, course: try course(), progress: LearnerProgress(),
            options: options, width: width, height: height)
    }
}

extension AppState {
    /// The page on screen, as its concrete type.
    func page<Page: PageModel>(as type: Page.Type) -> Page? {
        guard case .lesson(let session) = screen else { return nil }
        return session.page as? Page
    }

    /// Presses each key in turn.
    mutating func press(_ keys: Key...) {
        for key in keys { _ = AppUpdate.update(&self, .key(key)) }
    }

    /// Sends ticks until the page stops wanting them, at most `limit`; returns how many were sent.
    @discardableResult
    mutating func tickUntilIdle(limit: Int = 10_000) -> Int {
        var count = 0
        while isAnimating && count < limit {
            _ = AppUpdate.update(&self, .tick)
            count += 1
        }
        return count
    }
}
