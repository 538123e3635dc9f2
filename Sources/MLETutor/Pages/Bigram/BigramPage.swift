import MLECore

/// A bigram language model fitted to a short text: for the chosen previous word, P(next | word)
/// from the counts (the MLE) beside the probabilities that gradient descent on the softmax
/// cross-entropy has reached, and the per-word cross-entropy and perplexity of test sentences.
///
/// ```yaml
/// - kind: bigram
///   title: A language model by counting
///   prompt: ...                   # optional
///   text: the sun rose and ...    # the training text, at least two words
///   sentences:                    # sentences to score, each at least two words
///     - the moon rose
///     - the sun sang
/// ```
struct BigramPage: PageModel, TrainingPage {
    var prompt: String?
    let model: BigramModel
    let sentences: [[String]]
    private(set) var trainer: BigramSoftmaxTrainer
    /// The previous word whose next-word probabilities are shown.
    private(set) var word: Int
    /// The sentence being scored.
    private(set) var sentence = 0
    var animating = false
    let stepsPerTick = 10

    /// Training stops here, or once the probabilities are within `tolerance` of the counts.
    static let maximumSteps = 5000
    static let tolerance = 1e-3

    static let pageKind = PageKind(name: "bigram", fields: ["prompt", "text", "sentences"]) { fields in
        guard let text = fields.string("text") else { return nil }
        let model: BigramModel
        do {
            model = try BigramModel(text: text)
        } catch {
            fields.log.error("field 'text' in \(fields.what) cannot be used: \(error)", at: fields.value("text"))
            return nil
        }
        guard model.vocabulary.count <= 40 else {
            fields.log.error(
                "field 'text' in \(fields.what) has \(model.vocabulary.count) different words; at most 40 fit the page",
                at: fields.value("text"))
            return nil
        }
        var sentences: [[String]] = []
        for node in fields.sequence("sentences") ?? [] {
            let words = BigramModel.words(node.string ?? "")
            guard words.count >= 2 else {
                fields.log.error("each of 'sentences' in \(fields.what) needs at least two words", at: node)
                return nil
            }
            sentences.append(words)
        }
        return BigramPage(model: model, sentences: sentences, prompt: fields.optionalString("prompt"))
    }

    init(model: BigramModel, sentences: [[String]], prompt: String? = nil) {
        self.model = model
        self.sentences = sentences
        self.prompt = prompt
        trainer = BigramSoftmaxTrainer(bigrams: model)
        word = model.tokens.first ?? 0
    }

    var canStep: Bool { trainer.steps < Self.maximumSteps && trainer.largestGapToCounts > Self.tolerance }

    mutating func step() { trainer.step() }

    /// Met once training has brought the softmax probabilities to the counts.
    var checkpointMet: Bool? { trainer.largestGapToCounts <= Self.tolerance }

    var wantsTicks: Bool { animating }

    /// The words that have a next word, in vocabulary order: the rows there is something to show for.
    var wordsWithFollowers: [Int] { model.vocabulary.indices.filter { model.followerCount($0) > 0 } }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        if let response = handleTraining(event) { return response }
        guard case .key(let key) = event else { return .ignored }
        let choices = wordsWithFollowers
        let position = choices.firstIndex(of: word) ?? 0
        switch key {
        case .left, .character("h"): word = choices[(position + choices.count - 1) % choices.count]
        case .right, .character("l"): word = choices[(position + 1) % choices.count]
        case .character("t") where !sentences.isEmpty: sentence = (sentence + 1) % sentences.count
        case .character("r"):
            trainer = BigramSoftmaxTrainer(bigrams: model)
            animating = false
        default: return .ignored
        }
        return .handled
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [
            KeyHint(context.options.glyphs.leftRight, "word"), KeyHint("s", "step"),
            KeyHint("g", animating ? "pause" : "train"),
        ] + (sentences.count > 1 ? [KeyHint("t", "next sentence")] : []) + [KeyHint("r", "reset")]
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        var lines = PageText.prompt(prompt, width: rect.width)
        lines += PageText.wrapped(
            "Text: " + model.words.joined(separator: " "), style: .muted, width: rect.width, lines: 4)
        lines += table(width: rect.width, options: options)
        lines += readouts
        PageText.write(lines, into: &buffer, y: rect.y, in: rect, options: options)
    }

    /// One row per word that followed the chosen word: its count, the MLE and the trained
    /// probability as bars; then one row for every word that never did.
    func table(width: Int, options: DisplayOptions) -> [(String, Style)] {
        guard let counted = model.maximumLikelihoodProbabilities(after: word) else { return [] }
        let trained = trainer.probabilities(after: word)
        let nameWidth = min(12, model.vocabulary.map(\.count).max() ?? 4)
        let barWidth = max(4, (width - nameWidth - 36) / 2)
        let filled = options.glyphs.barFilled
        func bar(_ p: Double) -> String {
            let cells = Int((p * Double(barWidth)).rounded())
            return String(repeating: filled, count: cells) + String(repeating: " ", count: barWidth - cells)
        }
        var rows: [(String, Style)] = [
            (
                "After “\(model.vocabulary[word])” (\(model.followerCount(word)) times):  count  P̂ from counts"
                    + String(repeating: " ", count: max(1, barWidth - 8)) + "softmax step \(trainer.steps)", .strong
            )
        ]
        var unseenMass = 0.0
        var unseenCount = 0
        for (next, p) in counted.enumerated() {
            guard model.counts[word][next] > 0 else {
                unseenMass += trained[next]
                unseenCount += 1
                continue
            }
            let name = model.vocabulary[next].padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            rows.append(
                (
                    "  \(name) \(String(model.counts[word][next]).leftPadded(to: 5))  "
                        + "\(bar(p)) \(NumberText.fixed(p, decimals: 3))  \(bar(trained[next])) "
                        + NumberText.fixed(trained[next], decimals: 3), .plain
                ))
        }
        if unseenCount > 0 {
            rows.append(
                (
                    "  the other \(unseenCount) words: count 0, P̂ = 0; softmax still gives them "
                        + NumberText.fixed(unseenMass, decimals: 4), .muted
                ))
        }
        return rows
    }

    /// The text's cross-entropy under the MLE and under training, and the chosen sentence's score.
    var readouts: [(String, Style)] {
        let own = model.crossEntropy(of: model.words)
        var lines: [(String, Style)] = [
            (
                "Text under the MLE: \(NumberText.fixed(own, decimals: 4)) nats per word, perplexity "
                    + NumberText.fixed(model.perplexity(of: model.words), decimals: 3), .plain
            ),
            (
                "Softmax training: cross-entropy \(NumberText.fixed(trainer.crossEntropy, decimals: 4)), largest gap "
                    + "to the counts \(ReadoutFormat.compact(trainer.largestGapToCounts, digits: 3))"
                    + (animating ? "   training" : ""), checkpointMet == true ? .success : .plain
            ),
        ]
        if sentences.indices.contains(sentence) {
            let words = sentences[sentence]
            let entropy = model.crossEntropy(of: words)
            let quoted = "“\(words.joined(separator: " "))”"
            if entropy.isFinite {
                lines.append(
                    (
                        "\(quoted): \(NumberText.fixed(entropy, decimals: 4)) nats per word, perplexity "
                            + NumberText.fixed(model.perplexity(of: words), decimals: 3), .accent
                    ))
            } else {
                let pair = zip(words, words.dropFirst()).first { a, b in
                    guard let i = model.index(of: a), let j = model.index(of: b) else { return true }
                    return model.counts[i][j] == 0
                }
                let unseen = pair.map { "“\($0.0) \($0.1)”" } ?? "a pair"
                lines.append(
                    (
                        "\(quoted): \(unseen) never occurs in the text, so P = 0: cross-entropy and perplexity ∞",
                        .failure
                    ))
            }
        }
        return lines
    }
}
