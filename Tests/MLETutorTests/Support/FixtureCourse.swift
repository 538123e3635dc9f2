@testable import MLETutor

/// A small course written for the tests, so screen snapshots do not change when the shipped
/// lessons are edited.
enum FixtureCourse {
    static let sources = [
        LessonSource(
            path: "fixtures/01-first.yaml",
            text: """
                id: first
                title: A first lesson
                summary: Two pages of prose, one of them with steps.
                pages:
                  - kind: text
                    title: Opening page
                    body: |
                      Some **bold** words and some `code`, in a paragraph long enough to wrap at
                      eighty columns so that the wrapping itself is part of the snapshot.

                      - a bullet
                      - another bullet, also long enough to need a second line when the screen is narrow

                      | Symbol | Meaning |
                      |---|---|
                      | θ | the parameter |
                      | L(θ) | the likelihood |
                  - kind: text
                    title: A derivation
                    body: Start here.
                    steps:
                      - First step.
                      - Second step.
                """),
        LessonSource(
            path: "fixtures/02-second.yaml",
            text: """
                id: second
                title: A second lesson
                summary: One page.
                pages:
                  - kind: text
                    body: The only page.
                """),
    ]

    static func course() throws -> Course {
        try load(sources)
    }

    /// The course of `sources`, or an error listing every problem in them.
    static func load(_ sources: [LessonSource]) throws -> Course {
        let result = Course.load(sources)
        guard let course = result.course else {
            throw FixtureError(diagnostics: result.formattedDiagnostics)
        }
        return course
    }

    struct FixtureError: Error {
        var diagnostics: [String]
    }
}
