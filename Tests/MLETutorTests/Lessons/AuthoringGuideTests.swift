import Foundation
import Testing

@testable import MLETutor

/// docs/authoring.md cannot drift from the code: each of its YAML examples is loaded as lesson
/// text and must lint clean, and every page kind and question type has an example.
@Suite struct AuthoringGuideTests {
    /// One ```yaml block of the guide: the line its first YAML line is on, and its text.
    struct Example: CustomStringConvertible {
        var line: Int
        var text: String
        var firstLine: String { text.split(separator: "\n").first.map(String.init) ?? "" }
        var description: String { "docs/authoring.md:\(line) (\(firstLine))" }
    }

    static let guidePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/authoring.md").path

    static func examples() throws -> [Example] {
        let lines = try String(contentsOfFile: guidePath, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        var examples: [Example] = []
        var current: Example?
        for (index, line) in lines.enumerated() {
            if current == nil, line == "```yaml" {
                current = Example(line: index + 2, text: "")
            } else if var example = current {
                if line.hasPrefix("```") {
                    examples.append(example)
                    current = nil
                } else {
                    example.text += line + "\n"
                    current = example
                }
            }
        }
        return examples
    }

    /// The example as a lesson file, and how many lines were put before it: a whole lesson
    /// (`id:` first) as it is, pages (`- kind:`) under `pages:`, questions (`- type:`) in a quiz.
    static func lessonFile(for example: Example) -> (text: String, linesBefore: Int, indent: Int)? {
        let header = "id: guide-example\ntitle: Guide example\nsummary: An example from the authoring guide.\npages:\n"
        let indent: Int
        var prefix = header
        if example.firstLine.hasPrefix("id:") {
            return (example.text, 0, 0)
        } else if example.firstLine.hasPrefix("- kind:") {
            indent = 2
        } else if example.firstLine.hasPrefix("- type:") {
            prefix += "  - kind: quiz\n    questions:\n"
            indent = 6
        } else {
            return nil
        }
        let padding = String(repeating: " ", count: indent)
        let body = example.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : padding + $0 }.joined(separator: "\n")
        return (prefix + body, prefix.filter { $0 == "\n" }.count, indent)
    }

    @Test func everyExampleLintsClean() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 15, "found only \(examples.count) ```yaml blocks in the guide")
        for example in examples {
            guard let file = Self.lessonFile(for: example) else {
                Issue.record("\(example): a YAML example must start with 'id:', '- kind:' or '- type:'")
                continue
            }
            let result = Course.load([LessonSource(path: "guide-example.yaml", text: file.text)])
            for diagnostic in result.diagnostics {
                let line = example.line + diagnostic.location.line - 1 - file.linesBefore
                let column = diagnostic.location.column - file.indent
                Issue.record("docs/authoring.md:\(line):\(column): \(diagnostic.message)")
            }
        }
    }

    @Test func everyPageKindAndQuestionTypeHasAnExample() throws {
        let firstLines = Set(try Self.examples().map(\.firstLine))
        for kind in PageKindRegistry.standard.names {
            #expect(
                firstLines.contains("- kind: \(kind)"),
                "docs/authoring.md has no example of page kind '\(kind)': add a ```yaml block starting '- kind: \(kind)'"
            )
        }
        for type in QuestionDecoder.typeNames {
            #expect(
                firstLines.contains("- type: \(type)"),
                "docs/authoring.md has no example of question type '\(type)': add a ```yaml block starting '- type: \(type)'"
            )
        }
    }
}
