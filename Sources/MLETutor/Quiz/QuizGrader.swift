import MLECore

/// What the learner submitted for a question.
enum QuizResponse: Hashable, Sendable {
    /// The options chosen, by index: one for a single choice, any number for "select all".
    case options(Set<Int>)
    /// A typed number; `places` is how many decimals it was written with when it was a plain
    /// decimal (`0.27` has 2), nil for a fraction or an exponent.
    case number(Double, places: Int? = nil)
    /// A formula in the data, parsed.
    case formula(EstimatorFormula)
}

/// The verdict on one response, with what the feedback should explain.
struct Grade: Hashable, Sendable {
    enum Verdict: Hashable, Sendable {
        case right
        /// The answer rounded to the decimals the learner typed, too few to be within the
        /// tolerance: right, but not precise enough.
        case close
        case wrong
    }

    var verdict: Verdict
    /// Chosen options that are wrong, whose explanations name the misconception.
    var wronglyChosen: [Int] = []
    /// Right options the learner left out of a "select all that apply" answer.
    var missed: [Int] = []
    /// The known mistake a wrong number matches, by index into the question's mistakes.
    var mistake: Int?
    /// A sample where a wrong formula differs from the key.
    var counterexample: FormulaCounterexample?

    var isRight: Bool { verdict == .right }
}

/// Grades responses against questions. Pure; knows nothing of keys or screens.
enum QuizGrader {
    static func grade(_ response: QuizResponse, for question: Question) -> Grade {
        switch (question.format, response) {
        case (.choice(let choice), .options(let chosen)):
            return grade(chosen, for: choice)
        case (.numeric(let numeric), .number(let value, let places)):
            return grade(value, places: places, for: numeric)
        case (.formula(let formula), .formula(let typed)):
            return formula.grade(typed)
        default:
            preconditionFailure("a \(response) response does not fit the question's format")
        }
    }

    static func grade(_ chosen: Set<Int>, for question: ChoiceQuestion) -> Grade {
        let correct = question.correctOptions
        let wronglyChosen = chosen.subtracting(correct).sorted()
        let missed = correct.subtracting(chosen).sorted()
        let isRight = wronglyChosen.isEmpty && missed.isEmpty
        return Grade(verdict: isRight ? .right : .wrong, wronglyChosen: wronglyChosen, missed: missed)
    }

    static func grade(_ value: Double, places: Int?, for question: NumericQuestion) -> Grade {
        let distance = abs(value - question.answer)
        if distance <= question.tolerance {
            return Grade(verdict: .right)
        }
        let mistake = question.mistakes.firstIndex { abs(value - $0.value) <= question.tolerance }
        if mistake == nil, let places, isRounded(question.answer, to: places, giving: value) {
            return Grade(verdict: .close)
        }
        return Grade(verdict: .wrong, mistake: mistake)
    }

    /// True when `answer` rounded to `places` decimals is `value`: the learner has the answer
    /// and stopped too early. A different fraction or a slip in a digit is not that.
    static func isRounded(_ answer: Double, to places: Int, giving value: Double) -> Bool {
        guard (0...15).contains(places) else { return false }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let half = 0.5 / scale
        return abs(answer - value) <= half * (1 + 1e-9)
    }
}
