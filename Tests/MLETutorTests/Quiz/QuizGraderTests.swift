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

    @Test func closeEndsAtTenTolerancesAndAKnownSlipIsNamed() {
        #expect(QuizGrader.grade(.number(2.0099), for: number).verdict == .right)
        #expect(QuizGrader.grade(.number(2.0999), for: number).verdict == .close)
        #expect(QuizGrader.grade(.number(2.1001), for: number).verdict == .wrong)
        #expect(QuizGrader.grade(.number(0.505), for: number) == Grade(verdict: .wrong, mistake: 0))
    }
}
