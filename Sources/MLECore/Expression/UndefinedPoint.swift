/// Where a formula stops being a number: the observation (if one is involved), the smallest part
/// of the formula that fails, and why, so a learner can fix the model or the start.
public struct UndefinedPoint: Sendable, Hashable, CustomStringConvertible {
    /// The 0-based index of the observation at fault, or nil when no observation is involved.
    public let observation: Int?
    /// That observation's value.
    public let value: Double?
    /// The failing part, printed as the learner would type it.
    public let part: String
    /// Why it fails ("divides by zero", "takes the log of a negative number (-2)").
    public let reason: String

    /// `1/x divides by zero`.
    public var description: String { "\(part) \(reason)" }
}

extension FormulaModel {
    /// The first place where the formula is NaN or infinite at θ = `parameters`, scanning the
    /// observations in order; nil when it is finite everywhere.
    ///
    /// - Complexity: O(n · size of the formula).
    public func firstUndefined(on sample: [Double], at parameters: [Double]) -> UndefinedPoint? {
        var search = UndefinedSearch(
            evaluator: PlainEvaluator(sample: sample, parameters: parameters),
            printer: ExpressionPrinter(style: .ascii, parameterNames: parameterNames))
        if !node.usesObservation {
            return search.culprit(node, x: nil).map { search.point($0, observation: nil) }
        }
        for (index, x) in sample.enumerated() where !search.evaluator.value(node, x: x).isFinite {
            if let found = search.culprit(node, x: x) { return search.point(found, observation: index) }
        }
        return nil
    }
}

private struct UndefinedSearch {
    var evaluator: PlainEvaluator
    let printer: ExpressionPrinter

    struct Culprit {
        let node: ExpressionNode
        let reason: String
        /// Set when the failure is inside a summary, at that observation.
        var inner: (index: Int, x: Double)?
    }

    func point(_ culprit: Culprit, observation: Int?) -> UndefinedPoint {
        let index = culprit.inner?.index ?? (culprit.node.usesObservation ? observation : nil)
        let value = index.map { evaluator.sample[$0] }
        return UndefinedPoint(
            observation: index, value: value, part: printer.text(culprit.node), reason: culprit.reason)
    }

    /// The innermost failing part of `node` at x.
    mutating func culprit(_ node: ExpressionNode, x: Double?) -> Culprit? {
        guard !evaluator.value(node, x: x).isFinite else { return nil }
        switch node {
        case .negate(let a): return culprit(a, x: x)
        case .binary(_, let a, let b):
            if let inner = culprit(a, x: x) ?? culprit(b, x: x) { return inner }
        case .call(_, let arguments):
            for argument in arguments { if let inner = culprit(argument, x: x) { return inner } }
        case .summary(_, let inner):
            for (index, value) in evaluator.sample.enumerated() {
                if var found = culprit(inner, x: value) {
                    if found.inner == nil && found.node.usesObservation { found.inner = (index, value) }
                    return found
                }
            }
        default: break
        }
        return Culprit(node: node, reason: reason(node, x: x))
    }

    private mutating func reason(_ node: ExpressionNode, x: Double?) -> String {
        switch node {
        case .binary(.divide, _, let b) where evaluator.value(b, x: x) == 0: return "divides by zero"
        case .call(.log, let arguments):
            let a = evaluator.value(arguments[0], x: x)
            return a == 0 ? "is log(0) = -infinity" : "takes the log of a negative number (\(a))"
        case .call(.sqrt, let arguments):
            return "takes the square root of a negative number (\(evaluator.value(arguments[0], x: x)))"
        case .call(.lgamma, _), .call(.digamma, _), .call(.trigamma, _):
            return "is undefined: its argument must be positive here"
        case .binary(.power, let a, let b):
            let (base, exponent) = (evaluator.value(a, x: x), evaluator.value(b, x: x))
            if base == 0 && exponent < 0 { return "is undefined: 0 to a negative power" }
            if base < 0 && exponent.rounded() != exponent {
                return "is undefined: a negative number (\(base)) to a fraction power"
            }
            return evaluator.value(node, x: x).isNaN ? "is not a number" : "overflows to infinity"
        default:
            return evaluator.value(node, x: x).isNaN ? "is not a number" : "overflows to infinity"
        }
    }
}
