/// A question answered by picking from a list: exactly one right option, or, when `selectsMany`,
/// every option that applies (which may be several).
struct ChoiceQuestion: Sendable {
    var options: [ChoiceOption]
    /// True for "select all that apply": options are toggled, then the set is submitted.
    var selectsMany: Bool

    init(options: [ChoiceOption], selectsMany: Bool) {
        self.options = options
        self.selectsMany = selectsMany
    }

    /// The indices of the options that are right.
    var correctOptions: Set<Int> {
        Set(options.indices.filter { options[$0].isCorrect })
    }
}

/// One option of a choice question, with the reason it is right or wrong.
struct ChoiceOption: Sendable {
    /// The option as shown; Markdown-light inline styles (`code`, **bold**) are kept.
    var text: String
    var isCorrect: Bool
    /// Why the option is right, or the misconception that makes it tempting and wrong.
    var explanation: MarkdownDocument

    init(text: String, isCorrect: Bool, explanation: MarkdownDocument) {
        self.text = text
        self.isCorrect = isCorrect
        self.explanation = explanation
    }
}
