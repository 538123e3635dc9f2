import Testing
import Yams

@testable import MLETutor

/// Question types register like page kinds: one entry names the type, its fields and its
/// decoder, and lint learns both from it.
@Suite struct QuestionTypeRegistryTests {
    @Test func theStandardTypesAreRegisteredOnceEach() {
        let names = QuestionTypeRegistry.standard.names
        #expect(names == ["single", "multiple", "true-false", "numeric", "seeded", "formula"])
        #expect(Set(names).count == names.count)
    }

    @Test func oneEntryPlugsInANewType() throws {
        var registry = QuestionTypeRegistry.standard
        registry.register(
            QuestionType(name: "yes", fields: ["because"]) { fields, _ in
                guard let because = fields.optionalString("because") else { return nil }
                let reason = MarkdownDocument(parsing: because)
                return .choice(
                    ChoiceQuestion(
                        options: [
                            ChoiceOption(text: "Yes", isCorrect: true, explanation: reason),
                            ChoiceOption(text: "No", isCorrect: false, explanation: reason),
                        ], selectsMany: false))
            })
        let log = DiagnosticLog(file: "q.yaml")
        let node = try #require(try Yams.compose(yaml: "type: yes\nprompt: Is it?\nbecause: It is.\n"))
        var taken = Set<String>()
        let decoder = QuestionDecoder(log: log, registry: registry)
        let question = decoder.decode(node, what: "question 1", number: 1, written: [], taken: &taken)
        #expect(log.diagnostics.map(\.message) == [])
        #expect(question?.prompt.blocks.isEmpty == false)

        let unknownField = try #require(try Yams.compose(yaml: "type: yes\nprompt: Is it?\nbecuase: typo\n"))
        _ = decoder.decode(unknownField, what: "question 2", number: 2, written: [], taken: &taken)
        #expect(log.diagnostics.first?.message.contains("did you mean 'because'") == true)
    }
}
