import Testing

@testable import MLETutor

/// docs/authoring.md cannot drift from the code: each of its YAML examples is loaded as lesson
/// text and must lint clean, and every page kind and question type has an example.
@Suite struct AuthoringGuideTests {
    @Test func everyExampleLintsClean() throws {
        let examples = try YAMLExamples.examples(in: "docs/authoring.md")
        #expect(examples.count >= 15, "found only \(examples.count) ```yaml blocks in the guide")
        YAMLExamples.expectLintClean(examples)
    }

    @Test func everyPageKindAndQuestionTypeHasAnExample() throws {
        let firstLines = Set(try YAMLExamples.examples(in: "docs/authoring.md").map(\.firstLine))
        for kind in PageKindRegistry.standard.names {
            #expect(
                firstLines.contains("- kind: \(kind)"),
                "docs/authoring.md has no example of page kind '\(kind)': add a ```yaml block starting '- kind: \(kind)'"
            )
        }
        for type in QuestionTypeRegistry.standard.names {
            #expect(
                firstLines.contains("- type: \(type)"),
                "docs/authoring.md has no example of question type '\(type)': add a ```yaml block starting '- type: \(type)'"
            )
        }
    }
}
