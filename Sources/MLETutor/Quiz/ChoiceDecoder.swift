import Yams

/// Reads the options of a choice question, or the two sides of a true/false one.
struct ChoiceDecoder {
    let fields: YAMLMapping
    let log: DiagnosticLog

    /// `options`: a list of `text`, `correct` (default false) and `explanation`.
    func choice(selectsMany: Bool) -> Question.Format? {
        guard let nodes = fields.sequence("options") else { return nil }
        let errorsBefore = log.diagnostics.count
        let options = nodes.enumerated().compactMap { index, node in
            option(node, what: "option \(index + 1) of \(fields.what)")
        }
        guard log.diagnostics.count == errorsBefore else { return nil }
        let at = fields.value("options")
        if options.count < 2 {
            log.error("\(fields.what) needs at least two options; it has \(options.count)", at: at)
        } else if options.count > QuestionDecoder.maximumOptions {
            log.error(
                "\(fields.what) has \(options.count) options; at most \(QuestionDecoder.maximumOptions) can be picked with the digit keys",
                at: at)
        }
        let correct = options.filter(\.isCorrect).count
        if !selectsMany && correct != 1 {
            log.error(
                "a single-choice question needs exactly one correct option; \(fields.what) has \(correct)", at: at)
        }
        if selectsMany && correct == 0 {
            log.error("a select-all question needs at least one correct option; \(fields.what) has none", at: at)
        }
        guard log.diagnostics.count == errorsBefore else { return nil }
        return .choice(ChoiceQuestion(options: options, selectsMany: selectsMany))
    }

    private func option(_ node: Node, what: String) -> ChoiceOption? {
        guard let fields = YAMLMapping(node, what: what, allowedKeys: ["text", "correct", "explanation"], log: log)
        else {
            return nil
        }
        let text = fields.prose("text")
        let isCorrect = fields.optionalBool("correct") ?? false
        let explanation = fields.prose("explanation")
        guard let text, let explanation else { return nil }
        return ChoiceOption(text: text, isCorrect: isCorrect, explanation: MarkdownDocument(parsing: explanation))
    }

    /// `answer` (true or false) with `explain-true` and `explain-false`, each saying why that
    /// side is right or wrong. Asked as a choice of two: True, then False.
    func trueFalse() -> Question.Format? {
        let answer: Bool?
        if fields.has("answer") {
            answer = fields.optionalBool("answer")
        } else {
            log.error("missing field 'answer' in \(fields.what); write answer: true or answer: false", at: fields.node)
            answer = nil
        }
        let explainTrue = fields.prose("explain-true")
        let explainFalse = fields.prose("explain-false")
        guard let answer, let explainTrue, let explainFalse else { return nil }
        return .choice(
            ChoiceQuestion(
                options: [
                    ChoiceOption(text: "True", isCorrect: answer, explanation: MarkdownDocument(parsing: explainTrue)),
                    ChoiceOption(
                        text: "False", isCorrect: !answer, explanation: MarkdownDocument(parsing: explainFalse)),
                ], selectsMany: false))
    }
}
