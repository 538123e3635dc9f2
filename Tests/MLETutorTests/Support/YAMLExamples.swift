import Foundation
import Testing

@testable import MLETutor

/// The ```yaml examples of a Markdown document in the repository (README.md, docs/authoring.md),
/// each loaded as lesson text the way `mletutor lint` loads a file, with problems reported at
/// the document's own line and column.
struct YAMLExamples {
    /// One ```yaml block: the document line its first YAML line is on, and its text with the
    /// indentation its lines share removed.
    struct Example: CustomStringConvertible {
        var document: String
        var line: Int
        var text: String
        var indentation: Int
        var firstLine: String { text.split(separator: "\n").first.map(String.init) ?? "" }
        var description: String { "\(document):\(line) (\(firstLine))" }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The examples of `document`, a path relative to the repository.
    static func examples(in document: String) throws -> [Example] {
        let lines = try String(contentsOf: repository.appendingPathComponent(document), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        var examples: [Example] = []
        var start: Int?
        var body: [Substring] = []
        for (index, line) in lines.enumerated() {
            if start == nil {
                if line == "```yaml" { (start, body) = (index + 2, []) }
            } else if line.hasPrefix("```"), let first = start {
                let indentation =
                    body.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
                let text = body.map { $0.dropFirst(min(indentation, $0.count)) }.joined(separator: "\n") + "\n"
                examples.append(Example(document: document, line: first, text: text, indentation: indentation))
                start = nil
            } else {
                body.append(line)
            }
        }
        return examples
    }

    /// The example as a lesson file, and how many lines and columns were put before its text: a
    /// whole lesson (`id:` first) as it is, pages (`- kind:`) under `pages:`, questions
    /// (`- type:`) in a quiz page.
    static func lessonFile(for example: Example) -> (text: String, linesBefore: Int, indent: Int)? {
        var prefix = "id: example\ntitle: Example\nsummary: An example from the documentation.\npages:\n"
        let indent: Int
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

    /// A one-page stand-in for each lesson of the built-in course, loaded beside every example so
    /// that `revisit: LESSON-ID` resolves as it does in the course.
    static let courseLessons: [LessonSource] =
        (Course.load(LessonSource.embedded).course?.lessons ?? []).map { lesson in
            LessonSource(
                path: "course/\(lesson.id).yaml",
                text: "id: \(lesson.id)\ntitle: A lesson\nsummary: A lesson.\npages:\n  - kind: text\n    body: Text.\n"
            )
        }

    /// Records an issue for every problem lint finds in `examples`, located in their document;
    /// the examples are read beside the built-in course's lesson ids.
    static func expectLintClean(_ examples: [Example], sourceLocation: SourceLocation = #_sourceLocation) {
        for example in examples {
            guard let file = lessonFile(for: example) else {
                Issue.record(
                    "\(example): a YAML example must start with 'id:', '- kind:' or '- type:'",
                    sourceLocation: sourceLocation)
                continue
            }
            let result = Course.load([LessonSource(path: "example.yaml", text: file.text)] + courseLessons)
            for diagnostic in result.diagnostics where diagnostic.location.file == "example.yaml" {
                let line = example.line + diagnostic.location.line - 1 - file.linesBefore
                let column = diagnostic.location.column - file.indent + example.indentation
                Issue.record(
                    "\(example.document):\(line):\(column): \(diagnostic.message)", sourceLocation: sourceLocation)
            }
        }
    }
}
