import MLECore

/// What a formula question says under a graded answer: the sample where the learner's formula
/// differs from the key, and the key with its explanation once the question is settled.
enum FormulaFeedback {
    static func why(_ grade: Grade, for question: FormulaQuestion, width: Int, options: DisplayOptions)
        -> [StyledLine]
    {
        if grade.isRight {
            return TextWrapper.wrap(
                [StyledRun("It agrees with the MLE on all \(question.samples.count) test samples.")], width: width)
                + MarkdownLayout.lines(question.explanation, width: width, options: options)
        }
        guard let example = grade.counterexample else { return [] }
        let values = example.values.map(number).joined(separator: ", ")
        let sentence =
            "On these \(spelled(example.values.count)) values, \(values), your formula gives \(number(example.given)); the MLE is \(number(example.expected))."
        return TextWrapper.wrap([StyledRun(sentence)], width: width)
    }

    static func rightAnswer(_ question: FormulaQuestion, width: Int, options: DisplayOptions) -> [StyledLine] {
        [StyledLine("One right answer: \(question.key.shown)", style: .strong)]
            + MarkdownLayout.lines(question.explanation, width: width, options: options)
    }

    /// What the learner typed could not be read: the column and the problem, which use no try.
    static func notice(for error: ExpressionError) -> String {
        "Column \(error.column): \(error.message)"
    }

    /// Four significant digits, or "undefined" for NaN and ±∞.
    private static func number(_ x: Double) -> String {
        x.isFinite ? SignificantDigits.format(x, digits: 4, trimmingZeros: true) : "undefined"
    }

    private static func spelled(_ count: Int) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        return count < words.count ? words[count] : String(count)
    }
}
