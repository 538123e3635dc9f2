import RealModule

/// A bigram language model: the probability of each word given the word before it.
///
/// The likelihood of a text t₁ … t_T is ∏ P(tₜ | tₜ₋₁), a product of Categorical probabilities,
/// one Categorical per previous word. Its maximum is the normalised counts:
/// P̂(b | a) = count(a b) / count(a ·), so "training" a bigram model is counting.
public struct BigramModel: Sendable, Hashable {
    /// The distinct words, sorted.
    public let vocabulary: [String]
    /// The text as indices into `vocabulary`.
    public let tokens: [Int]
    /// counts[a][b], how often word b follows word a.
    public let counts: [[Int]]

    /// Splits `text` into lower-case words (letters, digits and apostrophes) and counts the
    /// pairs of neighbours.
    ///
    /// - Throws: `BigramError.tooFewWords` when the text has fewer than two words.
    public init(text: String) throws(BigramError) {
        let words = Self.words(text)
        guard words.count >= 2 else { throw .tooFewWords(words.count) }
        let vocabulary = Array(Set(words)).sorted()
        let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let tokens = words.compactMap { index[$0] }
        var counts = Array(repeating: Array(repeating: 0, count: vocabulary.count), count: vocabulary.count)
        for (a, b) in zip(tokens, tokens.dropFirst()) { counts[a][b] += 1 }
        self.vocabulary = vocabulary
        self.tokens = tokens
        self.counts = counts
    }

    /// The words of `text`, lower-cased; anything but letters, digits and apostrophes separates.
    public static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
    }

    /// The index of `word`, if it is in the vocabulary.
    public func index(of word: String) -> Int? { vocabulary.firstIndex(of: word.lowercased()) }

    /// How many pairs start with word a.
    public func followerCount(_ a: Int) -> Int { counts[a].reduce(0, +) }

    /// P̂(· | a) = counts[a] / Σ counts[a]; nil when a is never followed by anything (only the
    /// last word of the text can be).
    public func maximumLikelihoodProbabilities(after a: Int) -> [Double]? {
        let total = followerCount(a)
        guard total > 0 else { return nil }
        return counts[a].map { Double($0) / Double(total) }
    }

    /// The mean negative log-probability per predicted word of `words` under the MLE:
    /// −(1/(T − 1)) Σ log P̂(tₜ | tₜ₋₁). +∞ when some pair was never seen (or a word is unknown):
    /// one zero probability makes the whole product zero.
    ///
    /// - Precondition: at least two words.
    public func crossEntropy(of words: [String]) -> Double {
        precondition(words.count >= 2, "need at least two words to predict one")
        var total = 0.0
        for (first, second) in zip(words, words.dropFirst()) {
            guard let a = index(of: first), let b = index(of: second),
                let row = maximumLikelihoodProbabilities(after: a), row[b] > 0
            else { return .infinity }
            total -= .log(row[b])
        }
        return total / Double(words.count - 1)
    }

    /// exp(cross-entropy): the number of equally likely words the model is, on average, choosing
    /// among. +∞ when a pair was never seen.
    public func perplexity(of words: [String]) -> Double {
        let entropy = crossEntropy(of: words)
        return entropy.isFinite ? .exp(entropy) : .infinity
    }

    /// The training text's own words, in order.
    public var words: [String] { tokens.map { vocabulary[$0] } }
}

/// Why a text cannot make a bigram model.
public enum BigramError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Fewer than two words: no pair to count.
    case tooFewWords(Int)

    /// One sentence.
    public var description: String {
        switch self {
        case .tooFewWords(let n): return "a bigram model needs a text of at least 2 words, got \(n)"
        }
    }
}
