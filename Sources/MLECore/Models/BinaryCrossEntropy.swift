import RealModule

/// Binary cross-entropy as a deep-learning library computes it, from predicted probabilities:
/// −(1/n) Σ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)].
///
/// Only the term a label selects is evaluated (log pᵢ for yᵢ = 1, log(1 − pᵢ) for yᵢ = 0), so a
/// prediction rounded to exactly 0 or 1 on the right side adds 0 rather than 0 · (−∞) = NaN, and
/// on the wrong side makes the loss +∞.
/// It equals `LogisticRegression.meanNegativeLogLikelihood` whenever pᵢ = σ(w·xᵢ + b).
///
/// - Precondition: as many labels (each 0 or 1) as probabilities, at least one.
/// - Complexity: O(n).
public func binaryCrossEntropy(probabilities: [Double], labels: [Double]) -> Double {
    precondition(!labels.isEmpty && probabilities.count == labels.count, "need one probability per label, at least one")
    var total = CompensatedSum()
    for (p, y) in zip(probabilities, labels) {
        precondition(y == 0 || y == 1, "labels must be 0 or 1, got \(y)")
        let term = y == 1 ? -Double.log(p) : -Double.log(onePlus: -p)
        // A certain wrong prediction costs +∞, which a compensated sum would turn into NaN.
        guard term.isFinite else { return .infinity }
        total.add(term)
    }
    return total.value / Double(labels.count)
}
