/// Reads a seeded question: the `generator` that makes its numbers, the `seed`, the dataset
/// size `count`, the `tolerance` and the `explanation`. The prompt, hint and explanation may use
/// the generator's `{placeholders}` and `{answer}`; the question is then graded as numeric.
struct SeededDecoder {
    let fields: YAMLMapping
    let log: DiagnosticLog

    func seeded(text: inout QuestionText) -> Question.Format? {
        let generator = self.generator()
        let seed = fields.has("seed") ? fields.optionalInt("seed", in: 0...Int.max) : missing("seed")
        let tolerance = NumericDecoder(fields: fields, log: log).tolerance()
        let explanation = fields.prose("explanation")
        guard let generator else { return nil }
        let count = fields.optionalInt("count", in: generator.counts) ?? defaultCount(for: generator)
        guard let seed, let tolerance, let explanation else { return nil }

        let numbers = generator.numbers(seed: UInt64(seed), count: count)
        var values = numbers.values
        values["answer"] = QuizNumber.format(numbers.answer, tolerance: tolerance)
        let errorsBefore = log.diagnostics.count
        text.prompt = text.prompt.map { fill($0, field: "prompt", with: values, generator: generator) }
        text.hint = text.hint.map { fill($0, field: "hint", with: values, generator: generator) }
        let filledExplanation = fill(explanation, field: "explanation", with: values, generator: generator)
        guard log.diagnostics.count == errorsBefore else { return nil }
        return .numeric(
            NumericQuestion(
                answer: numbers.answer, tolerance: tolerance,
                explanation: MarkdownDocument(parsing: filledExplanation)))
    }

    private func generator() -> (any QuestionGenerator)? {
        guard let name = fields.string("generator") else { return nil }
        if let generator = QuestionGenerators.named(name) { return generator }
        log.error(
            "unknown generator '\(name)' in \(fields.what)"
                + suggestion(for: name, among: QuestionGenerators.names, listedAs: "known generators"),
            at: fields.value("generator"))
        return nil
    }

    private func missing(_ key: String) -> Int? {
        log.error(
            "missing field '\(key)' in \(fields.what); a seeded question needs a seed so its numbers are the same every time",
            at: fields.node)
        return nil
    }

    /// Ten values, or the nearest size the generator allows.
    private func defaultCount(for generator: any QuestionGenerator) -> Int {
        min(max(10, generator.counts.lowerBound), generator.counts.upperBound)
    }

    /// `text` with every `{name}` replaced by its value; an unknown name is reported.
    private func fill(_ text: String, field: String, with values: [String: String], generator: any QuestionGenerator)
        -> String
    {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                let known = (generator.placeholders + ["answer"]).map { "{\($0)}" }.joined(separator: ", ")
                log.error(
                    "unknown placeholder '{\(name)}' in the \(field) of \(fields.what); generator '\(generator.name)' fills \(known)",
                    at: fields.value(field))
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
