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

/// The guide's tables of computed values list exactly the values lessons can quote, each core
/// value with the arguments it takes, so a value added or renamed in the code shows up here.
@Suite struct AuthoringGuideComputedValuesTests {
    /// The rows of the tables under "## Computed values": each row's cells, trimmed.
    private func rows() throws -> [[String]] {
        let guide = try String(
            contentsOf: YAMLExamples.repository.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "\n## Computed values\n").dropFirst().first)
            .components(separatedBy: "\n## ")[0]
        return section.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The names written in backticks in `cell`.
    private func codeSpans(_ cell: String) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
            .map { String($0.element) }
    }

    @Test func theTableOfValuesNamesEveryValueWithItsArguments() throws {
        let table = try rows().filter { $0.count == 3 }
        let documented = Dictionary(
            table.map { (codeSpans($0[0]).first ?? "", codeSpans($0[1])) }, uniquingKeysWith: { first, _ in first })
        #expect(table.count == documented.count, "a value is listed twice")
        #expect(
            Set(documented.keys) == Set(ComputedValues.coreFormulas.keys),
            """
            docs/authoring.md's table of computed values is out of date. Missing: \
            \(Set(ComputedValues.coreFormulas.keys).subtracting(documented.keys).sorted()); \
            not in the code: \(Set(documented.keys).subtracting(ComputedValues.coreFormulas.keys).sorted())
            """)
        for (name, formula) in ComputedValues.coreFormulas {
            guard let arguments = documented[name] else { continue }
            #expect(
                arguments == formula.arguments + (formula.takesData ? ["data"] : []),
                "docs/authoring.md gives '\(name)' the arguments \(arguments)")
        }
    }

    @Test func theTableOfSampleFitsCoversEveryShippedValue() throws {
        let documented = Set(try rows().filter { $0.count == 2 }.compactMap { codeSpans($0[0]).first })
        #expect(!documented.isEmpty, "docs/authoring.md has no table of the shipped samples' values")
        /// A value's name with its file and parameter written as FILE and PARAMETER.
        func generic(_ name: String) -> String {
            for (file, family) in ComputedValues.sampleFamilies where name.hasPrefix("sample-\(file)-") {
                var rest = String(name.dropFirst("sample-\(file)-".count))
                if let parameter = family.parameterNames.first(where: { rest == $0 || rest.hasPrefix($0 + "-") }) {
                    rest = "PARAMETER" + rest.dropFirst(parameter.count)
                }
                return "sample-FILE-" + rest
            }
            return name
        }
        let names = Array(ComputedValues.sampleDataFormulas.keys)
        for name in names {
            #expect(
                documented.contains(name) || documented.contains(generic(name)),
                "docs/authoring.md does not list '\(name)' (or '\(generic(name))')")
        }
        for row in documented {
            #expect(
                names.contains { $0 == row || generic($0) == row },
                "docs/authoring.md lists '\(row)', which no shipped sample's value is")
        }
    }
}
