extension QuizPage {
    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let all = lines(width: rect.width, options: options)
        // The newest part of a question is at the bottom (the options, then the feedback), so a
        // question taller than its area keeps its bottom in view; the summary reads from the top
        // and scrolls.
        let overflow = max(0, all.count - rect.height)
        let first = isShowingSummary ? min(summaryScroll, overflow) : overflow
        for (row, line) in all.dropFirst(first).prefix(rect.height).enumerated() {
            buffer.write(line, x: rect.x, y: rect.y + row, clip: rect)
        }
        if isShowingSummary, first < overflow, rect.height > 1 {
            let more = options.unicode ? " ↓ more " : " v more "
            buffer.write(more, x: rect.maxX - more.count, y: rect.maxY - 1, style: .accent)
        }
    }

    /// Every line of the page as it stands.
    func lines(width: Int, options: DisplayOptions) -> [StyledLine] {
        if isShowingSummary {
            return QuizSummaryView(questions: questions, order: order, result: result, record: record, options: options)
                .lines(width: width)
        }
        var note: String?
        if position == 0, currentAttempt.triesUsed == 0, let record {
            let missed = record.latest.missed.count
            note =
                "Last time: \(record.latest.score) of \(record.latest.total)."
                + (missed > 0 ? " The questions you missed come first." : "")
        }
        var lines = QuestionView(
            question: currentQuestion, attempt: currentAttempt, number: position + 1,
            count: order.count, returningNote: note, options: options
        ).lines(width: width)
        if currentAttempt.isSettled(allowing: currentQuestion.tries) {
            let next = position + 1 < order.count ? "for the next question." : "to see your score."
            lines += [
                .empty, StyledLine([StyledRun("Press "), StyledRun("Enter", style: .keyName), StyledRun(" \(next)")]),
            ]
        }
        return lines
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        if isShowingSummary {
            let scrolls = lines(width: context.width, options: context.options).count > context.height
            return [KeyHint("r", "retake quiz")] + (scrolls ? [KeyHint(context.options.glyphs.upDown, "scroll")] : [])
        }
        if currentAttempt.isSettled(allowing: currentQuestion.tries) {
            let next = KeyHint("Enter", position + 1 < order.count ? "next question" : "see score")
            guard case .choice = currentQuestion.format else { return [next] }
            return [next, KeyHint("w", currentAttempt.explainsEveryOption ? "less" : "why each option")]
        }
        switch currentQuestion.format {
        case .choice(let choice):
            let arrows = context.options.glyphs.upDown
            let numbers = "1-\(choice.options.count)"
            guard choice.selectsMany else {
                return [KeyHint("\(arrows) \(numbers)", "choose"), KeyHint("Enter", "submit")]
            }
            // A number ticks or unticks its option at once; Space does the same for the option
            // under the cursor. What the learner needs first comes first: the bar drops from the end.
            return [
                KeyHint(numbers, "tick"), KeyHint("Enter", "submit"), KeyHint(arrows, "move"), KeyHint("Space", "tick"),
            ]
        case .numeric:
            let arrows = context.options.glyphs.leftRight
            // The cursor keys come last: the bar leaves them off first at 80 columns (they stay in ? help).
            return [
                KeyHint("0-9 . - / e", "type"), KeyHint("Backspace", "delete"), KeyHint("Enter", "submit"),
                KeyHint(arrows, "move"),
            ]
        case .formula:
            let arrows = context.options.glyphs.leftRight
            return [
                KeyHint("x n sum mean", "type"), KeyHint("Backspace", "delete"), KeyHint("Enter", "submit"),
                KeyHint(arrows, "move"),
            ]
        }
    }
}
