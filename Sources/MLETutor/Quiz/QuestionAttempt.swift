import MLECore

/// The learner's work on one question: the option under the cursor, the options ticked, the
/// typed answer, the tries used and the grade of the latest one.
struct QuestionAttempt: Hashable, Sendable {
    /// The option under the cursor, for choice questions.
    var highlighted = 0
    /// The ticked options of a "select all that apply" question.
    var ticked: Set<Int> = []
    /// The typed answer of a numeric question.
    var field = AnswerField()
    private(set) var triesUsed = 0
    /// The grade of the latest answer.
    private(set) var lastGrade: Grade?
    /// The try (1-based) on which the answer was right, if it was.
    private(set) var rightOnTry: Int?
    /// Single-choice options already tried and found wrong, marked so they are not tried again.
    private(set) var ruledOut: Set<Int> = []
    /// Why the last submission could not be graded (nothing chosen, not a number); uses no try.
    private(set) var notice: String?
    /// True while the feedback explains every option, not only the ones answered (`w`, once
    /// the question is settled).
    var explainsEveryOption = false

    init() {}

    /// The attempt as an earlier visit left it: tries spent and the try that was right. Values
    /// from the progress file are clamped to what an attempt can hold.
    init(resumedAfter triesUsed: Int, rightOnTry: Int?) {
        self.triesUsed = min(max(0, triesUsed), 99)
        if let rightOnTry, rightOnTry >= 1, rightOnTry <= self.triesUsed { self.rightOnTry = rightOnTry }
    }

    /// True once the answer is right or the tries are spent: the right answer is then shown.
    func isSettled(allowing tries: Int) -> Bool {
        rightOnTry != nil || triesUsed >= tries
    }

    /// True when the first answer given was right, the standard a quiz's score uses.
    var wasRightFirstTime: Bool { rightOnTry == 1 }

    /// Grades what the learner has chosen or typed, spending a try, unless it cannot be graded.
    mutating func submit(to question: Question) {
        guard !isSettled(allowing: question.tries) else { return }
        let response: QuizResponse
        switch question.format {
        case .choice(let choice):
            let chosen = choice.selectsMany ? ticked : [highlighted]
            guard !chosen.isEmpty else {
                notice = "Nothing is ticked yet: tick one or more with 1-\(choice.options.count), then press Enter."
                return
            }
            response = .options(chosen)
        case .numeric:
            switch NumericAnswer.parse(field.string) {
            case .success(let value):
                response = .number(value, places: NumericAnswer.decimalPlaces(field.string))
            case .failure(let problem):
                notice = problem.description
                return
            }
        case .formula:
            do {
                response = .formula(try EstimatorFormula(field.string))
            } catch {
                notice = FormulaFeedback.notice(for: error)
                return
            }
        }
        let grade = QuizGrader.grade(response, for: question)
        notice = nil
        triesUsed += 1
        lastGrade = grade
        if grade.isRight {
            rightOnTry = triesUsed
        } else if case .options(let chosen) = response, case .choice(let choice) = question.format, !choice.selectsMany
        {
            ruledOut.formUnion(chosen)
        }
    }

    /// Clears the notice once the learner changes their answer.
    mutating func clearNotice() {
        notice = nil
    }
}
