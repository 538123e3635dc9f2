/// A question answered with a number: right when it lies within `tolerance` of `answer`.
struct NumericQuestion: Sendable {
    var answer: Double
    /// The largest distance from `answer` still graded right; positive.
    var tolerance: Double
    /// Why the answer is what it is, shown once the question is settled.
    var explanation: MarkdownDocument
    /// Wrong answers that a known slip produces, each with its own explanation.
    var mistakes: [NumericMistake]

    init(answer: Double, tolerance: Double, explanation: MarkdownDocument, mistakes: [NumericMistake] = []) {
        precondition(tolerance > 0 && tolerance.isFinite, "a numeric question needs a positive tolerance")
        self.answer = answer
        self.tolerance = tolerance
        self.explanation = explanation
        self.mistakes = mistakes
    }

    /// The answer written with as many decimals as the tolerance makes meaningful.
    var formattedAnswer: String {
        QuizNumber.format(answer, tolerance: tolerance)
    }
}

/// A wrong numeric answer that a particular misconception leads to.
struct NumericMistake: Sendable {
    var value: Double
    var explanation: MarkdownDocument

    init(value: Double, explanation: MarkdownDocument) {
        self.value = value
        self.explanation = explanation
    }
}
