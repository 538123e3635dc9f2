import Yams

/// Reads a numeric question: `answer`, `tolerance`, `explanation` and optional `mistakes`, each a
/// wrong `answer` that a known slip produces, with its `explanation`.
struct NumericDecoder {
    let fields: YAMLMapping
    let log: DiagnosticLog

    func numeric() -> Question.Format? {
        let answer = number("answer", in: fields)
        let tolerance = self.tolerance()
        let explanation = fields.prose("explanation")
        let mistakes = fields.optionalSequence("mistakes")?.enumerated().compactMap { index, node in
            mistake(node, what: "mistake \(index + 1) of \(fields.what)", answer: answer, tolerance: tolerance)
        }
        guard let answer, let tolerance, let explanation else { return nil }
        return .numeric(
            NumericQuestion(
                answer: answer, tolerance: tolerance,
                explanation: MarkdownDocument(parsing: explanation), mistakes: mistakes ?? []))
    }

    /// The required `tolerance`: a number greater than 0.
    func tolerance() -> Double? {
        guard let node = fields.value("tolerance") else {
            log.error(
                "\(fields.what) needs a 'tolerance': how far from the answer a number may be and still be right, such as 0.005",
                at: fields.node)
            return nil
        }
        guard let value = node.float, value.isFinite, value > 0 else {
            log.error(
                "field 'tolerance' in \(fields.what) must be a number greater than 0, not '\(node.string ?? "a list")'",
                at: node)
            return nil
        }
        return value
    }

    private func mistake(_ node: Node, what: String, answer: Double?, tolerance: Double?) -> NumericMistake? {
        guard let fields = YAMLMapping(node, what: what, allowedKeys: ["answer", "explanation"], log: log) else {
            return nil
        }
        let value = number("answer", in: fields)
        let explanation = fields.prose("explanation")
        guard let value, let explanation else { return nil }
        if let answer, let tolerance, abs(value - answer) <= tolerance {
            log.error(
                "\(what) is within the tolerance of the answer, so it would be graded right", at: fields.value("answer")
            )
            return nil
        }
        return NumericMistake(value: value, explanation: MarkdownDocument(parsing: explanation))
    }

    /// A required finite number field of `fields`.
    private func number(_ key: String, in fields: YAMLMapping) -> Double? {
        guard let node = fields.value(key) else {
            log.error("missing field '\(key)' in \(fields.what)", at: fields.node)
            return nil
        }
        // An answer the tutor can compute is written as a computed value, `"{{…}}"`.
        let text = node.string.map { fields.expandComputedValues($0, at: node, prose: false) }
        guard let value = node.float ?? text.flatMap(Double.init), value.isFinite else {
            log.error("field '\(key)' in \(fields.what) must be a number, not '\(node.string ?? "a list")'", at: node)
            return nil
        }
        return value
    }
}
