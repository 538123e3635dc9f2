/// Evaluates a formula as plain numbers, one observation at a time, with each summary over the
/// sample computed once: for estimators typed by the learner, precomputing data columns, and
/// finding which part of a model fails at which observation.
///
/// - Complexity: O(size of the formula) per observation, plus O(n · size) once per summary.
struct PlainEvaluator {
    /// The observations.
    let sample: [Double]
    /// θ, in the scope's order.
    let parameters: [Double]
    private var summaries: [ExpressionNode: Double] = [:]

    init(sample: [Double], parameters: [Double]) {
        self.sample = sample
        self.parameters = parameters
    }

    /// The node's value with x = `x` (NaN for x where no observation is in scope).
    mutating func value(_ node: ExpressionNode, x: Double?) -> Double {
        switch node {
        case .number(let value): return value
        case .observation: return x ?? .nan
        case .sampleSize: return Double(sample.count)
        case .parameter(let index): return index < parameters.count ? parameters[index] : .nan
        case .negate(let a): return -value(a, x: x)
        case .binary(let op, let a, let b): return op.apply(value(a, x: x), value(b, x: x))
        case .call(let function, let arguments): return function.value(arguments.map { value($0, x: x) })
        case .summary(let kind, let inner): return summary(kind, inner)
        }
    }

    /// Σᵢ inner(xᵢ), or its mean, memoised.
    mutating func summary(_ kind: DataSummary, _ inner: ExpressionNode) -> Double {
        let key = ExpressionNode.summary(kind, inner)
        if let known = summaries[key] { return known }
        var total = CompensatedSum()
        for x in sample { total.add(value(inner, x: x)) }
        let result = kind == .sum ? total.value : total.value / Double(sample.count)
        summaries[key] = result
        return result
    }
}

extension BinaryOperator {
    /// a ∘ b on numbers; a power uses the power rule's conventions (whole exponents of negatives).
    func apply(_ a: Double, _ b: Double) -> Double {
        switch self {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return powerOf(a, b)
        }
    }

    /// a ∘ b on jets.
    @inline(__always)
    func apply(_ a: Jet, _ b: Jet) -> Jet {
        switch self {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return Jet.power(a, b)
        }
    }
}
