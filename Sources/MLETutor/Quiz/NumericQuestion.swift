/// A question answered with a number: right when it lies within `tolerance` of `answer`.
public struct NumericQuestion: Sendable {
    public var answer: Double
    /// The largest distance from `answer` still graded right; positive.
    public var tolerance: Double
    /// Why the answer is what it is, shown once the question is settled.
    public var explanation: MarkdownDocument
    /// Wrong answers that a known slip produces, each with its own explanation.
    public var mistakes: [NumericMistake]

    public init(answer: Double, tolerance: Double, explanation: MarkdownDocument, mistakes: [NumericMistake] = []) {
        precondition(tolerance > 0 && tolerance.isFinite, "a numeric question needs a positive tolerance")
        self.answer = answer
        self.tolerance = tolerance
        self.explanation = explanation
        self.mistakes = mistakes
    }

    /// The answer written with as many decimals as the tolerance makes meaningful.
    public var formattedAnswer: String {
        QuizNumber.format(answer, tolerance: tolerance)
    }
}

/// A wrong numeric answer that a particular misconception leads to.
public struct NumericMistake: Sendable {
    public var value: Double
    public var explanation: MarkdownDocument

    public init(value: Double, explanation: MarkdownDocument) {
        self.value = value
        self.explanation = explanation
    }
}
