/// An estimator typed by the learner: a function of the whole sample, such as `n/sum(x)` or
/// `sqrt(mean((x - mean(x))^2))`, where x appears only inside `sum(…)` and `mean(…)`.
public struct EstimatorFormula: Sendable, Hashable {
    /// The formula as typed.
    public let text: String
    /// The parsed formula.
    public let node: ExpressionNode

    /// Parses `text`.
    ///
    /// - Throws: `ExpressionError` for a parse error, or x used outside a summary (it would name
    ///   one observation, but an estimator uses them all).
    public init(_ text: String) throws(ExpressionError) {
        let node = try ExpressionParser.parse(text, scope: .dataOnly)
        guard !node.usesObservation else {
            let column = (Array(text).firstIndex(of: "x") ?? 0) + 1
            throw ExpressionError(
                column: column,
                message: "x is one observation: use it inside sum(...) or mean(...), such as sum(x)/n")
        }
        self.text = text
        self.node = node
    }

    /// The estimate on `sample`; NaN or ±∞ where the formula is undefined (1/mean(x) on all zeros).
    ///
    /// - Complexity: O(n · size of the formula).
    public func value(on sample: [Double]) -> Double {
        var evaluator = PlainEvaluator(sample: sample, parameters: [])
        return evaluator.value(node, x: nil)
    }
}
