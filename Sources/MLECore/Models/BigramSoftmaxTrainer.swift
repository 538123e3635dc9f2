import RealModule

/// A bigram model trained as a neural language model would be: a row of logits per previous
/// word, probabilities by softmax, and gradient descent on the softmax cross-entropy of the
/// text. Its probabilities approach the bigram MLE, the normalised counts; a pair never seen
/// has its probability pushed toward 0 without reaching it, as separable data pushes weights.
public struct BigramSoftmaxTrainer: Sendable {
    /// The counts the loss is built from.
    public let bigrams: BigramModel
    /// η.
    public let learningRate: Double
    /// logits[a][b], all 0 at the start (every next word equally likely).
    public private(set) var logits: [[Double]]
    /// Steps taken.
    public private(set) var steps = 0

    /// - Precondition: η > 0 and finite.
    public init(bigrams: BigramModel, learningRate: Double = 10) {
        precondition(learningRate > 0 && learningRate.isFinite, "η must be finite and > 0")
        self.bigrams = bigrams
        self.learningRate = learningRate
        let size = bigrams.vocabulary.count
        logits = Array(repeating: Array(repeating: 0, count: size), count: size)
    }

    /// softmax(logits[a]).
    public func probabilities(after a: Int) -> [Double] {
        let row = logits[a]
        let top = row.max() ?? 0
        let weights = row.map { Double.exp($0 - top) }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    /// −(1/(T − 1)) Σ log softmax(logits[tₜ₋₁])[tₜ], the loss a library reports.
    public var crossEntropy: Double {
        var total = 0.0
        for (a, row) in bigrams.counts.enumerated() where bigrams.followerCount(a) > 0 {
            let p = probabilities(after: a)
            for (b, count) in row.enumerated() where count > 0 { total -= Double(count) * .log(p[b]) }
        }
        return total / Double(bigrams.tokens.count - 1)
    }

    /// One step of gradient descent: ∂loss/∂logits[a][b] = (count(a ·)·p(b | a) − count(a b))/(T − 1).
    public mutating func step() {
        let scale = learningRate / Double(bigrams.tokens.count - 1)
        for a in logits.indices {
            let total = Double(bigrams.followerCount(a))
            guard total > 0 else { continue }
            let p = probabilities(after: a)
            for b in logits[a].indices { logits[a][b] -= scale * (total * p[b] - Double(bigrams.counts[a][b])) }
        }
        steps += 1
    }

    /// The largest |p(b | a) − P̂(b | a)| over every word a that has followers.
    public var largestGapToCounts: Double {
        var gap = 0.0
        for a in logits.indices {
            guard let target = bigrams.maximumLikelihoodProbabilities(after: a) else { continue }
            for (p, q) in zip(probabilities(after: a), target) { gap = max(gap, abs(p - q)) }
        }
        return gap
    }
}
