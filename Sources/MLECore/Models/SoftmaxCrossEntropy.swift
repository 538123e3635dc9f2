import RealModule

/// The softmax cross-entropy loss as a deep-learning library computes it: from the predicted
/// class probabilities, −(1/n) Σᵢ log pᵢ,yᵢ.
///
/// - Precondition: one probability row per label, each label an index into its row.
public func softmaxCrossEntropy(probabilities: [[Double]], labels: [Int]) -> Double {
    precondition(!labels.isEmpty && probabilities.count == labels.count, "need one probability row per label")
    var total = 0.0
    for (row, label) in zip(probabilities, labels) {
        precondition(row.indices.contains(label), "label \(label) is not a class of a \(row.count)-class row")
        total -= Double.log(row[label])
    }
    return total / Double(labels.count)
}

/// −ℓ/n for labels that are Categorical draws with the given probabilities: the average of
/// −log P(yᵢ) under `Categorical(probabilities: rowᵢ)`. Equal to `softmaxCrossEntropy` term by
/// term; the tutor computes both to show it.
///
/// - Precondition: one probability row per label, each row a probability vector.
public func categoricalMeanNegativeLogLikelihood(probabilities: [[Double]], labels: [Int]) -> Double {
    precondition(!labels.isEmpty && probabilities.count == labels.count, "need one probability row per label")
    let total = zip(probabilities, labels).reduce(0.0) { sum, pair in
        sum - Categorical(probabilities: pair.0).logDensity(pair.1)
    }
    return total / Double(labels.count)
}
