/// A kind of quiz question: its `type:` name in lesson files, the fields it takes besides the
/// common ones, and how to read its answer format from them. A new type is one entry in
/// `QuestionTypeRegistry.standard` (and its own decoder file); lint learns its name and fields
/// from the entry.
struct QuestionType: Sendable {
    var name: String
    var fields: [String]
    /// Reads the type's fields into an answer format; reports problems to the mapping's log and
    /// returns nil when it cannot. May rewrite the question's text (a seeded question fills in
    /// its generated numbers).
    var decode: @Sendable (YAMLMapping, inout QuestionText) -> Question.Format?
    /// How many tries the learner gets when the file does not say.
    var defaultTries = 2
}

/// The question types the tutor knows, looked up by name.
struct QuestionTypeRegistry: Sendable {
    private(set) var types: [QuestionType]

    /// Every question type the tutor ships.
    static let standard = QuestionTypeRegistry(types: [
        QuestionType(name: "single", fields: ["options"]) { fields, _ in
            ChoiceDecoder(fields: fields, log: fields.log).choice(selectsMany: false)
        },
        QuestionType(name: "multiple", fields: ["options"]) { fields, _ in
            ChoiceDecoder(fields: fields, log: fields.log).choice(selectsMany: true)
        },
        QuestionType(
            name: "true-false", fields: ["answer", "explain-true", "explain-false"],
            decode: { fields, _ in
                ChoiceDecoder(fields: fields, log: fields.log).trueFalse()
            }, defaultTries: 1),
        QuestionType(name: "numeric", fields: ["answer", "tolerance", "explanation", "mistakes"]) { fields, _ in
            NumericDecoder(fields: fields, log: fields.log).numeric()
        },
        QuestionType(name: "seeded", fields: ["generator", "seed", "count", "tolerance", "explanation"]) {
            fields, text in
            SeededDecoder(fields: fields, log: fields.log).seeded(text: &text)
        },
        QuestionType(name: "formula", fields: FormulaDecoder.fieldNames) { fields, _ in
            FormulaDecoder(fields: fields, log: fields.log).formula()
        },
    ])

    /// Adds `type`, replacing a type of the same name.
    mutating func register(_ type: QuestionType) {
        types.removeAll { $0.name == type.name }
        types.append(type)
    }

    func type(named name: String) -> QuestionType? {
        types.first { $0.name == name }
    }

    var names: [String] { types.map(\.name) }
}
