/// Lays out one question as styled lines: the header, the prompt, the options or the typed
/// answer, and the feedback on the latest try. Pure; `QuizPage` decides what is on screen.
struct QuestionView {
    let question: Question
    let attempt: QuestionAttempt
    /// The question's place in this round (1-based) and the number of questions.
    let number: Int
    let count: Int
    /// Said above the first question when the learner has taken the quiz before.
    let returningNote: String?
    let options: DisplayOptions

    private var glyphs: Glyphs { options.glyphs }
    private var cross: String { options.glyphs.wrong }
    private var isSettled: Bool { attempt.isSettled(allowing: question.tries) }

    func lines(width: Int) -> [StyledLine] {
        var lines = [header]
        if let returningNote { lines.append(StyledLine(returningNote, style: .muted)) }
        lines.append(.empty)
        lines += MarkdownLayout.lines(question.prompt, width: width, options: options)
        lines.append(.empty)
        switch question.format {
        case .choice(let choice):
            for index in choice.options.indices {
                lines += optionLines(index, of: choice, width: width)
            }
        case .numeric, .formula:
            lines.append(answerLine)
        }
        let feedback = FeedbackView(question: question, attempt: attempt, options: options).lines(width: width)
        if !feedback.isEmpty {
            lines.append(.empty)
            lines += feedback
        }
        return lines
    }

    private var header: StyledLine {
        var runs = [StyledRun("Question \(number) of \(count)", style: .accent)]
        if question.tries > 1 && !isSettled {
            runs.append(
                StyledRun("\(glyphs.separator)try \(attempt.triesUsed + 1) of \(question.tries)", style: .muted))
        }
        return StyledLine(runs)
    }

    /// `▸ ✓ 2. [x] text`: cursor, verdict, number, tick box for "select all", then the text.
    private func optionLines(_ index: Int, of choice: ChoiceQuestion, width: Int) -> [StyledLine] {
        let option = choice.options[index]
        let isHighlighted = index == attempt.highlighted && !isSettled
        var prefix = [StyledRun(isHighlighted ? glyphs.pointer + " " : "  ", style: .accent)]
        prefix.append(verdictMark(index, of: choice))
        prefix.append(StyledRun("\(index + 1). ", style: .keyName))
        if choice.selectsMany {
            prefix.append(StyledRun(attempt.ticked.contains(index) ? "[x] " : "[ ] "))
        }
        let indent = prefix.reduce(0) { $0 + $1.text.count }
        let style: Style = attempt.ruledOut.contains(index) && !isSettled ? .muted : (isHighlighted ? .strong : .plain)
        let runs = MarkdownInline.parse(options.displayable(option.text)).map {
            StyledRun($0.text, style: $0.style == .plain ? style : $0.style)
        }
        var lines = TextWrapper.wrap(runs, width: width, firstPrefix: StyledRun(String(repeating: " ", count: indent)))
        lines[0].runs.replaceSubrange(0..<1, with: prefix)
        return lines
    }

    /// ✓ on right options once settled, ✗ on options the learner chose wrongly, blank otherwise.
    private func verdictMark(_ index: Int, of choice: ChoiceQuestion) -> StyledRun {
        if isSettled && choice.options[index].isCorrect { return StyledRun(glyphs.check + " ", style: .success) }
        let choseWrongly =
            attempt.ruledOut.contains(index) || (isSettled && attempt.lastGrade?.wronglyChosen.contains(index) == true)
        return choseWrongly ? StyledRun(cross + " ", style: .failure) : StyledRun("  ")
    }

    /// `Your answer: 0.7▮`, the cursor shown as a reversed cell while the learner may type.
    private var answerLine: StyledLine {
        let text = attempt.field.text
        var runs = [StyledRun("Your answer: ", style: .strong)]
        guard !isSettled else {
            runs.append(StyledRun(String(text)))
            return StyledLine(runs)
        }
        let cursor = attempt.field.cursor
        runs.append(StyledRun(String(text[..<cursor])))
        runs.append(StyledRun(cursor < text.count ? String(text[cursor]) : " ", style: .selection))
        if cursor + 1 < text.count { runs.append(StyledRun(String(text[(cursor + 1)...]))) }
        return StyledLine(runs)
    }
}
