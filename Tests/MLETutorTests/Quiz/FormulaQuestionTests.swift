import MLECore
import Testing

@testable import MLETutor

/// The `formula` question type: decoding and lint, grading on seeded samples (every equal form
/// right, a wrong one shown where it differs), typing problems that use no try, and the frame.
@Suite struct FormulaQuestionTests {
    static let source = LessonSource(
        path: "fixtures/formula.yaml",
        text: """
            id: formula-fixture
            title: A formula fixture
            summary: A page of teaching and a quiz of formula questions.
            pages:
              - kind: text
                title: The teaching
                body: For exponential waiting times the score is n/λ − Σx, zero at λ̂ = n/Σx.
              - kind: quiz
                title: Derive it
                questions:
                  - type: formula
                    prompt: Type the MLE λ̂ for exponential data x₁, …, xₙ.
                    estimator: exponential-rate
                    data: exponential
                    seed: 6
                    explanation: Setting the score n/λ − Σx to zero gives λ̂ = n/Σx = 1/x̄.
                  - type: formula
                    prompt: Type the MLE σ̂ for normal data.
                    answer: sqrt(mean((x - mean(x))^2))
                    data: normal
                    seed: 2
                    tries: 1
                    explanation: σ̂² is the mean squared deviation from x̄, dividing by n.
            """)

    static func state(width: Int = 80, height: Int = 24) throws -> AppState {
        .inLesson(
            0, page: 1, course: try FixtureCourse.load([source]), progress: LearnerProgress(), options: .standard,
            width: width, height: height)
    }

    static func question(_ index: Int) throws -> FormulaQuestion {
        let state = try Self.state()
        let quiz = try #require(state.quiz)
        guard case .formula(let formula) = quiz.questions[index].format else {
            Issue.record("question \(index + 1) is not a formula question")
            throw CancellationError()
        }
        return formula
    }

    @Test(arguments: ["n/sum(x)", "1/mean(x)", "1 / (sum(x)/n)", "n*(sum(x))^-1", "exp(-log(mean(x)))"])
    func everyEqualFormOfTheRateIsRight(typed: String) throws {
        let grade = try Self.question(0).grade(EstimatorFormula(typed))
        #expect(grade.verdict == .right)
    }

    @Test func aWrongFormulaIsShownASampleWhereItDiffers() throws {
        let question = try Self.question(0)
        let grade = question.grade(try EstimatorFormula("mean(x)"))
        let example = try #require(grade.counterexample)
        #expect(grade.verdict == .wrong)
        #expect(example.values == question.samples[0])
        #expect(example.expected == Double(example.values.count) / example.values.reduce(0, +))
        #expect(example.given == example.values.reduce(0, +) / Double(example.values.count))
    }

    @Test func theSamplesAreSeededShortAndNonZero() throws {
        let question = try Self.question(0)
        #expect(question.samples.count == FormulaSamples.count)
        #expect(question.samples.allSatisfy { $0.count == FormulaSamples.size && $0.allSatisfy { $0 >= 0.01 } })
        #expect(question.samples.joined().allSatisfy { ($0 * 100).rounded() / 100 == $0 })
        #expect(try Self.question(0).samples == question.samples)
    }

    @Test func varianceDividingByNMinusOneIsWrong() throws {
        let question = try Self.question(1)
        #expect(question.grade(try EstimatorFormula("sqrt(sum((x - mean(x))^2)/n)")).isRight)
        #expect(question.grade(try EstimatorFormula("sqrt(mean(x^2) - mean(x)^2)")).isRight)
        #expect(!question.grade(try EstimatorFormula("sqrt(sum((x - mean(x))^2)/(n - 1))")).isRight)
    }

    @Test func typingProblemsUseNoTry() throws {
        var state = try Self.state()
        _ = state.type("2x")
        _ = state.press([.enter])
        let attempt = try #require(state.quiz?.currentAttempt)
        #expect(attempt.triesUsed == 0)
        #expect(attempt.notice == "Column 2: expected an operator before 'x': write 2*x to multiply")
        _ = state.press([.backspace, .backspace])
        _ = state.type("1/x")
        _ = state.press([.enter])
        #expect(
            state.quiz?.currentAttempt.notice
                == "Column 3: x is one observation: use it inside sum(...) or mean(...), such as sum(x)/n")
        _ = state.press([.backspace, .backspace, .backspace])
        _ = state.type("1/mean(y)")
        _ = state.press([.enter])
        #expect(state.quiz?.currentAttempt.notice == "Column 8: unknown name 'y': the names here are 'x', 'n'")
    }

    /// The frames for the report: `mean(x)` graded wrong with its sample, then `n/sum(x)` right.
    @Test func rightAndWrongAt80x24() throws {
        var state = try Self.state()
        _ = state.type("mean(x)")
        _ = state.press([.enter])
        let wrong = AppView.render(state).lines.joined(separator: "\n")
        #expect(wrong.contains("Not right."))
        #expect(wrong.contains("your formula gives"))
        #expect(wrong.contains("the MLE is"))
        _ = state.press(Array(repeating: .backspace, count: 7))
        _ = state.type("n/sum(x)")
        _ = state.press([.enter])
        let right = AppView.render(state).lines.joined(separator: "\n")
        #expect(right.contains("Right (on try 2"))
        #expect(right.contains("It agrees with the MLE on all 6 test samples."))
        #expect(AppView.render(state).lines.allSatisfy { $0.count == 80 })
    }

    private func headlines(_ question: String) -> [String] { QuizLintTests().headlines(question) }

    @Test func lintNamesWhatIsWrong() {
        #expect(
            headlines("- type: formula\n  prompt: P\n  answer: 1/mean(x\n  data: exponential\n  explanation: E")
                == [
                    "quiz.yaml:9:25: error: the answer of question 1 of page 1 (quiz) is not a formula: expected ')' to close the '(' at column 7"
                ])
        #expect(
            headlines(
                "- type: formula\n  prompt: P\n  estimator: exponential-rat\n  data: exponential\n  explanation: E"
            )
            .first?.contains("unknown estimator 'exponential-rat'") == true)
        #expect(
            headlines("- type: formula\n  prompt: P\n  data: exponential\n  explanation: E").first?.contains(
                "needs exactly one of 'answer'") == true)
        #expect(
            headlines("- type: formula\n  prompt: P\n  answer: n/sum(x)\n  data: gamma\n  explanation: E").first?
                .contains("unknown data family 'gamma'") == true)
        #expect(
            headlines(
                "- type: formula\n  prompt: P\n  answer: 1/mean(x)\n  data: bernoulli\n  seed: 3\n  explanation: E"
            )
            .first?.contains("is undefined on sample") == true)
    }
}
