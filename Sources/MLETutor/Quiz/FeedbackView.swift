/// The feedback under a question: why the latest answer is right or wrong, the hint while tries
/// remain, and the right answer with its explanation once they are spent.
struct FeedbackView {
    let question: Question
    let attempt: QuestionAttempt
    let options: DisplayOptions

    private var glyphs: Glyphs { options.glyphs }

    func lines(width: Int) -> [StyledLine] {
        if let notice = attempt.notice {
            return TextWrapper.wrap([StyledRun(notice, style: .failure)], width: width)
        }
        guard let grade = attempt.lastGrade else { return [] }
        let settled = attempt.isSettled(allowing: question.tries)
        var lines = [verdictLine(grade, settled: settled)]
        if settled, attempt.explainsEveryOption, case .choice(let choice) = question.format {
            return lines + everyOption(choice, width: width)
        }
        lines += why(grade, width: width)
        if !grade.isRight, !settled, let hint = question.hint {
            lines.append(.empty)
            lines += labelled("Hint: ", hint, style: .accent, width: width)
        }
        if !grade.isRight, settled {
            lines.append(.empty)
            lines += rightAnswer(width: width)
        }
        return lines
    }

    private func verdictLine(_ grade: Grade, settled: Bool) -> StyledLine {
        if grade.isRight {
            let late = attempt.triesUsed > 1 ? " (on try \(attempt.triesUsed); the score counts first tries)" : ""
            return StyledLine("\(glyphs.check) Right\(late).", style: .success)
        }
        let cross = options.glyphs.wrong
        let left = question.tries - attempt.triesUsed
        let rest = settled ? "" : " Try again: \(left) \(left == 1 ? "try" : "tries") left."
        let word = grade.verdict == .close ? "Close: that is the answer rounded too soon." : "Not right."
        return StyledLine("\(cross) \(word)\(rest)", style: .failure)
    }

    /// The explanations that fit what the learner answered.
    private func why(_ grade: Grade, width: Int) -> [StyledLine] {
        switch question.format {
        case .choice(let choice):
            let shown = grade.isRight ? choice.correctOptions.sorted() : grade.wronglyChosen
            var lines = shown.flatMap {
                labelled("\($0 + 1). ", choice.options[$0].explanation, style: .keyName, width: width)
            }
            if choice.selectsMany, !grade.isRight, !grade.missed.isEmpty, !attempt.isSettled(allowing: question.tries) {
                let count = grade.missed.count
                lines += TextWrapper.wrap(
                    [
                        StyledRun(
                            "You left out \(count) option\(count == 1 ? "" : "s") that \(count == 1 ? "applies" : "apply")."
                        )
                    ], width: width)
            }
            return lines
        case .numeric(let numeric):
            if grade.isRight { return MarkdownLayout.lines(numeric.explanation, width: width, options: options) }
            if let mistake = grade.mistake {
                return MarkdownLayout.lines(numeric.mistakes[mistake].explanation, width: width, options: options)
            }
            if grade.verdict == .close {
                let tolerance = QuizNumber.format(numeric.tolerance, places: 8)
                return TextWrapper.wrap(
                    [StyledRun("Keep more decimals: the answer must be within \(tolerance).")], width: width)
            }
            return []
        case .formula(let formula):
            return FormulaFeedback.why(grade, for: formula, width: width, options: options)
        }
    }

    /// Every option marked right or wrong with its explanation, once the question is settled.
    private func everyOption(_ choice: ChoiceQuestion, width: Int) -> [StyledLine] {
        choice.options.indices.flatMap { index in
            let option = choice.options[index]
            let mark = option.isCorrect ? glyphs.check : glyphs.wrong
            return labelled(
                "\(mark) \(index + 1). ", option.explanation, style: option.isCorrect ? .success : .failure,
                width: width)
        }
    }

    /// The right answer and its explanation, after the last try.
    private func rightAnswer(width: Int) -> [StyledLine] {
        switch question.format {
        case .choice(let choice):
            let right = choice.correctOptions.sorted()
            let heading =
                right.count == 1
                ? "The right answer is \(right[0] + 1):"
                : "The right answers are \(right.map { String($0 + 1) }.joined(separator: ", ")):"
            return [StyledLine(heading, style: .strong)]
                + right.flatMap {
                    labelled("\($0 + 1). ", choice.options[$0].explanation, style: .keyName, width: width)
                }
        case .numeric(let numeric):
            return [StyledLine("The answer is \(numeric.formattedAnswer).", style: .strong)]
                + MarkdownLayout.lines(numeric.explanation, width: width, options: options)
        case .formula(let formula):
            return FormulaFeedback.rightAnswer(formula, width: width, options: options)
        }
    }

    /// `document` laid out beside `label`, its later lines indented to match.
    private func labelled(_ label: String, _ document: MarkdownDocument, style: Style, width: Int) -> [StyledLine] {
        let indent = String(repeating: " ", count: label.count)
        let body = MarkdownLayout.lines(document, width: max(1, width - label.count), options: options)
        return body.enumerated().map { index, line in
            StyledLine([StyledRun(index == 0 ? label : indent, style: style)] + line.runs)
        }
    }
}
