import Testing

@testable import MLETutor

/// Each lint rule for quiz pages, produced by a broken fixture, with its message pinned.
@Suite struct QuizLintTests {
    /// The headlines for a lesson whose only page is a quiz with the question `question`, written
    /// as YAML without indentation. The question's first line is line 7 of the file.
    func headlines(_ question: String) -> [String] {
        let indented = question.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n")
        let text = "id: a\ntitle: T\nsummary: s\npages:\n  - kind: quiz\n    questions:\n" + indented
        return Course.load([LessonSource(path: "quiz.yaml", text: text)]).diagnostics.map(\.headline)
    }

    @Test func aSingleChoiceNeedsExactlyOneCorrectOption() {
        #expect(
            headlines(
                """
                - type: single
                  prompt: Which?
                  options:
                    - text: A
                      correct: true
                      explanation: Why A.
                    - text: B
                      correct: true
                      explanation: Why B.
                """) == [
                    "quiz.yaml:10:11: error: a single-choice question needs exactly one correct option; question 1 of page 1 (quiz) has 2"
                ])
    }

    @Test func aSelectAllQuestionNeedsACorrectOption() {
        #expect(
            headlines(
                """
                - type: multiple
                  prompt: Which?
                  options:
                    - text: A
                      explanation: Why not A.
                    - text: B
                      explanation: Why not B.
                """) == [
                    "quiz.yaml:10:11: error: a select-all question needs at least one correct option; question 1 of page 1 (quiz) has none"
                ])
    }

    @Test func everyOptionHasAnExplanation() {
        #expect(
            headlines(
                """
                - type: single
                  prompt: Which?
                  options:
                    - text: A
                      correct: true
                      explanation: Why A.
                    - text: B
                """) == [
                    "quiz.yaml:13:13: error: missing field 'explanation' in option 2 of question 1 of page 1 (quiz)"
                ])
    }

    @Test func anExplanationMustSaySomething() {
        #expect(
            headlines(
                """
                - type: true-false
                  prompt: True?
                  answer: true
                  explain-true: Because.
                  explain-false: " "
                """) == [
                    "quiz.yaml:11:24: error: field 'explain-false' in question 1 of page 1 (quiz) is empty; write what the learner should read"
                ])
    }

    @Test func computedValuesInQuizProseAreChecked() {
        #expect(
            headlines(
                """
                - type: true-false
                  prompt: "Is {{binomial-probability n=10 k=7}} small?"
                  answer: true
                  explain-true: Because.
                  explain-false: Because not.
                """) == [
                    "quiz.yaml:8:17: error: in {{binomial-probability n=10 k=7}}: 'binomial-probability' needs p in question 1 of page 1 (quiz)"
                ])
    }

    @Test func bothSidesOfATrueFalseQuestionAreExplained() {
        #expect(
            headlines(
                """
                - type: true-false
                  prompt: True?
                  answer: true
                  explain-true: Because.
                """) == ["quiz.yaml:7:9: error: missing field 'explain-false' in question 1 of page 1 (quiz)"])
    }

    @Test func aNumericQuestionNeedsATolerance() {
        #expect(
            headlines(
                """
                - type: numeric
                  prompt: How many?
                  answer: 0.7
                  explanation: Seven tenths.
                """) == [
                    "quiz.yaml:7:9: error: question 1 of page 1 (quiz) needs a 'tolerance': how far from the answer a number may be and still be right, such as 0.005"
                ])
    }

    @Test func aToleranceMustBePositive() {
        #expect(
            headlines(
                """
                - type: numeric
                  prompt: How many?
                  answer: 0.7
                  tolerance: 0
                  explanation: Seven tenths.
                """) == [
                    "quiz.yaml:10:20: error: field 'tolerance' in question 1 of page 1 (quiz) must be a number greater than 0, not '0'"
                ])
    }

    @Test func aKnownMistakeMustBeGradedWrong() {
        #expect(
            headlines(
                """
                - type: numeric
                  prompt: How many?
                  answer: 0.7
                  tolerance: 0.01
                  explanation: Seven tenths.
                  mistakes:
                    - answer: 0.705
                      explanation: Not a mistake at all.
                """) == [
                    "quiz.yaml:13:21: error: mistake 1 of question 1 of page 1 (quiz) is within the tolerance of the answer, so it would be graded right"
                ])
    }

    @Test func aSeededQuestionNamesAGeneratorThatExists() {
        #expect(
            headlines(
                """
                - type: seeded
                  generator: coin-toss
                  seed: 1
                  prompt: Tosses {data}.
                  tolerance: 0.005
                  explanation: It is {answer}.
                """) == [
                    "quiz.yaml:8:20: error: unknown generator 'coin-toss' in question 1 of page 1 (quiz); did you mean 'coin-tosses'?"
                ])
        #expect(
            headlines(
                """
                - type: seeded
                  generator: dice
                  seed: 1
                  prompt: Rolls.
                  tolerance: 0.005
                  explanation: It is {answer}.
                """) == [
                    "quiz.yaml:8:20: error: unknown generator 'dice' in question 1 of page 1 (quiz); known generators: coin-tosses, exponential-rate"
                ])
    }

    @Test func aSeededQuestionUsesOnlyItsGeneratorsPlaceholders() {
        #expect(
            headlines(
                """
                - type: seeded
                  generator: coin-tosses
                  seed: 1
                  prompt: Tosses {data}, mean {mean}.
                  tolerance: 0.005
                  explanation: It is {answer}.
                """) == [
                    "quiz.yaml:10:17: error: unknown placeholder '{mean}' in the prompt of question 1 of page 1 (quiz); generator 'coin-tosses' fills {data}, {n}, {heads}, {tails}, {answer}"
                ])
    }

    @Test func aSeededQuestionHasASeed() {
        #expect(
            headlines(
                """
                - type: seeded
                  generator: coin-tosses
                  prompt: Tosses {data}.
                  tolerance: 0.005
                  explanation: It is {answer}.
                """) == [
                    "quiz.yaml:7:9: error: missing field 'seed' in question 1 of page 1 (quiz); a seeded question needs a seed so its numbers are the same every time"
                ])
    }

    @Test func anUnknownQuestionTypeSuggestsAKnownOne() {
        #expect(
            headlines(
                """
                - type: singel
                  prompt: Which?
                """) == [
                    "quiz.yaml:7:15: error: unknown question type 'singel' in question 1 of page 1 (quiz); did you mean 'single'?"
                ])
    }

    @Test func aChoiceNeedsTwoOptions() {
        #expect(
            headlines(
                """
                - type: single
                  prompt: Which?
                  options:
                    - text: A
                      correct: true
                      explanation: Only A.
                """) == ["quiz.yaml:10:11: error: question 1 of page 1 (quiz) needs at least two options; it has 1"])
    }

    @Test func aQuestionRevisitsAPageOfItsLesson() {
        #expect(
            headlines(
                """
                - type: true-false
                  prompt: True?
                  revisit: 2
                  answer: true
                  explain-true: Because.
                  explain-false: Because not.
                """) == ["quiz.yaml:9:18: error: revisit: 2 names a page the lesson does not have; it has 1 page"])
    }

    @Test func lintCountsTheQuestions() throws {
        let course = try QuizFixture.course()
        #expect(LintCommand.summary(course) == "ok: 1 lesson, 2 pages, 5 questions")
    }
}
