/// The end of a quiz: the score, the best so far, and each missed question with the lesson page
/// that teaches it.
struct QuizSummaryView {
    let questions: [Question]
    /// The order the questions were asked in, so they are numbered as the learner saw them.
    let order: [Int]
    let result: PageResult
    /// The page's record, this round included.
    let record: PageRecord?
    let options: DisplayOptions

    func lines(width: Int) -> [StyledLine] {
        let glyphs = options.glyphs
        var lines = [StyledLine("Quiz complete", style: .accent), .empty]
        lines.append(
            StyledLine([
                StyledRun("Your score: "),
                StyledRun("\(result.score) of \(result.total)", style: result.missed.isEmpty ? .success : .strong),
                StyledRun(" right on the first try."),
            ]))
        if let record, record.attempts > 1 {
            lines.append(
                StyledLine(
                    "Best so far: \(record.best.score) of \(record.best.total), over \(record.attempts) attempts.",
                    style: .muted))
        }
        lines.append(.empty)
        if result.missed.isEmpty {
            lines.append(StyledLine("Nothing to review: every question was right first time.", style: .success))
            return lines
        }
        lines.append(StyledLine("To review:", style: .heading))
        let cross = options.glyphs.wrong
        let missed = order.enumerated().filter { result.missed.contains(questions[$0.element].id) }
        for (position, index) in missed where questions[index].revisitLesson == nil {
            let label = "  \(cross) \(position + 1). "
            let room = max(1, width - label.count)
            let prompt = options.displayable(firstParagraph(of: questions[index])).truncated(
                to: room, ellipsis: glyphs.ellipsis)
            lines.append(StyledLine([StyledRun(label, style: .failure), StyledRun(prompt)]))
            if let page = questions[index].revisit {
                lines.append(
                    StyledLine(String(repeating: " ", count: label.count) + "revisit page \(page)", style: .muted))
            }
        }
        lines += lessonsToRevisit(missed, width: width)
        lines.append(.empty)
        lines += TextWrapper.wrap(
            [
                StyledRun("Press "), StyledRun("r", style: .keyName),
                StyledRun(" to retake the quiz, the missed questions first."),
            ], width: width)
        return lines
    }

    /// A line a lesson (wrapped when long) for the missed questions that name a lesson to revisit, in the order the
    /// lessons first come up: the lesson's number and title, and the questions' numbers.
    private func lessonsToRevisit(_ missed: [(offset: Int, element: Int)], width: Int) -> [StyledLine] {
        var lessons: [LessonReference] = []
        var numbers: [LessonReference: [Int]] = [:]
        for (position, index) in missed {
            guard let lesson = questions[index].revisitLesson else { continue }
            if numbers[lesson] == nil { lessons.append(lesson) }
            numbers[lesson, default: []].append(position + 1)
        }
        return lessons.flatMap { lesson in
            let asked = numbers[lesson, default: []].map(String.init).joined(separator: ", ")
            let questionsText = numbers[lesson, default: []].count == 1 ? "question" : "questions"
            let text = options.displayable("revisit \(lesson.summaryText) (\(questionsText) \(asked))")
            return TextWrapper.wrap(
                [StyledRun(text)], width: width, firstPrefix: StyledRun("  \(options.glyphs.wrong) ", style: .failure))
        }
    }

    /// The prompt's first block as plain text, to name the question in one line.
    private func firstParagraph(of question: Question) -> String {
        question.prompt.blocks.first.map(Self.plainText) ?? ""
    }

    private static func plainText(_ block: MarkdownDocument.Block) -> String {
        switch block {
        case .heading(let runs), .paragraph(let runs):
            return runs.map(\.text).joined()
        case .bullets(let items), .numbered(let items):
            return items.first.map { $0.map(\.text).joined() } ?? ""
        case .table(let header, _):
            return header.map { $0.map(\.text).joined() }.joined(separator: " ")
        case .code(let lines):
            return lines.first ?? ""
        }
    }
}
