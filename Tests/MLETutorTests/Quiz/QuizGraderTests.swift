import Testing

@testable import MLETutor

/// The grader on hand-built questions: which options it blames, which it says were left out,
/// and where "close" ends.
@Suite struct QuizGraderTests {
    private let selectAll = Question(
        prompt: MarkdownDocument(parsing: "Which?"),
        format: .choice(
            ChoiceQuestion(
                options: [
                    ChoiceOption(text: "A", isCorrect: true, explanation: MarkdownDocument(parsing: "Yes A.")),
                    ChoiceOption(text: "B", isCorrect: false, explanation: MarkdownDocument(parsing: "Not B.")),
                    ChoiceOption(text: "C", isCorrect: true, explanation: MarkdownDocument(parsing: "Yes C.")),
                ], selectsMany: true)), tries: 2)

    private let number = Question(
        prompt: MarkdownDocument(parsing: "How much?"),
        format: .numeric(
            NumericQuestion(
                answer: 2, tolerance: 0.01, explanation: MarkdownDocument(parsing: "Two."),
                mistakes: [NumericMistake(value: 0.5, explanation: MarkdownDocument(parsing: "Upside down."))])),
        tries: 2)

    @Test func aSelectAllAnswerNamesTheWrongChoicesAndTheMissedOnes() {
        let grade = QuizGrader.grade(.options([1, 2]), for: selectAll)
        #expect(grade.verdict == .wrong)
        #expect(grade.wronglyChosen == [1])
        #expect(grade.missed == [0])
        #expect(QuizGrader.grade(.options([0, 2]), for: selectAll) == Grade(verdict: .right))
    }

    @Test func closeOnlyWhenTheAnswerIsTheKeyRoundedToTheTypedDecimals() {
        #expect(QuizGrader.grade(.number(2.0099, places: 4), for: number).verdict == .right)
        #expect(QuizGrader.grade(.number(2.0, places: 0), for: number).verdict == .right)
        #expect(QuizGrader.grade(.number(2.0999, places: 4), for: number).verdict == .wrong, "a slip, not a rounding")
        #expect(QuizGrader.grade(.number(2.1001, places: 4), for: number).verdict == .wrong)
        let third = Question(
            prompt: MarkdownDocument(parsing: "A third?"),
            format: .numeric(
                NumericQuestion(
                    answer: 0.4, tolerance: 0.001, explanation: MarkdownDocument(parsing: "8/20."), mistakes: [])),
            tries: 2)
        #expect(QuizGrader.grade(.number(0.45, places: nil), for: third).verdict == .wrong, "9/20 is not 8/20")
        let long = Question(
            prompt: MarkdownDocument(parsing: "L(0.7)?"),
            format: .numeric(
                NumericQuestion(
                    answer: 0.266827932, tolerance: 0.0005, explanation: MarkdownDocument(parsing: "."), mistakes: [])),
            tries: 2)
        #expect(QuizGrader.grade(.number(0.27, places: 2), for: long).verdict == .close, "0.2668 rounded to 2 places")
        #expect(QuizGrader.grade(.number(0.26, places: 2), for: long).verdict == .wrong, "not its rounding")
        #expect(QuizGrader.grade(.number(0.27, places: nil), for: long).verdict == .wrong, "27/100 is a fraction")
        #expect(QuizGrader.grade(.number(0.505), for: number) == Grade(verdict: .wrong, mistake: 0))
    }
}
