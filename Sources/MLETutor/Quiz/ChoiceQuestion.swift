/// A question answered by picking from a list: exactly one right option, or, when `selectsMany`,
/// every option that applies (which may be several).
public struct ChoiceQuestion: Sendable {
    public var options: [ChoiceOption]
    /// True for "select all that apply": options are toggled, then the set is submitted.
    public var selectsMany: Bool

    public init(options: [ChoiceOption], selectsMany: Bool) {
        self.options = options
        self.selectsMany = selectsMany
    }

    /// The indices of the options that are right.
    public var correctOptions: Set<Int> {
        Set(options.indices.filter { options[$0].isCorrect })
    }
}

/// One option of a choice question, with the reason it is right or wrong.
public struct ChoiceOption: Sendable {
    /// The option as shown; Markdown-light inline styles (`code`, **bold**) are kept.
    public var text: String
    public var isCorrect: Bool
    /// Why the option is right, or the misconception that makes it tempting and wrong.
    public var explanation: MarkdownDocument

    public init(text: String, isCorrect: Bool, explanation: MarkdownDocument) {
        self.text = text
        self.isCorrect = isCorrect
        self.explanation = explanation
    }
}
