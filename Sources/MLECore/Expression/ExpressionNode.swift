/// A formula after parsing and name resolution: what evaluation, differentiation and printing
/// work on.
///
/// One observation is `x`; `n` and the summaries `sum(…)`, `mean(…)` run over all observations;
/// parameters are numbered in the order the model declares them.
public indirect enum ExpressionNode: Sendable, Hashable {
    /// A number.
    case number(Double)
    /// The observation x (xᵢ inside a sum over the data).
    case observation
    /// n, the number of observations.
    case sampleSize
    /// The parameter with this index in the model's list.
    case parameter(Int)
    /// −a.
    case negate(ExpressionNode)
    /// a ∘ b.
    case binary(BinaryOperator, ExpressionNode, ExpressionNode)
    /// f(a) or f(a, b).
    case call(MathFunction, [ExpressionNode])
    /// Σᵢ a(xᵢ) or its mean over the observations.
    case summary(DataSummary, ExpressionNode)
}

/// The arithmetic operators, loosest first.
public enum BinaryOperator: String, Sendable, Hashable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case power = "^"
}

/// A function of the whole sample.
public enum DataSummary: String, Sendable, Hashable {
    /// Σᵢ a(xᵢ).
    case sum
    /// (1/n) Σᵢ a(xᵢ).
    case mean
}

/// How a node's value varies: the basis for evaluating each part as rarely as possible.
public enum Dependence: Int, Sendable, Comparable {
    /// The same for every observation and every θ (numbers, n, data-only summaries).
    case constant
    /// Varies with the observation only: computed once per dataset.
    case data
    /// Varies with θ only: computed once per evaluation.
    case parameters
    /// Varies with both: computed per observation per evaluation.
    case mixed

    /// The dependence of a node built from parts with these dependences.
    func combined(with other: Dependence) -> Dependence {
        if self == other { return self }
        if self == .constant { return other }
        if other == .constant { return self }
        return .mixed
    }

    public static func < (a: Dependence, b: Dependence) -> Bool { a.rawValue < b.rawValue }
}

extension ExpressionNode {
    /// Whether the node changes with the observation, with θ, with both, or with neither.
    public var dependence: Dependence {
        switch self {
        case .number, .sampleSize: return .constant
        case .observation: return .data
        case .parameter: return .parameters
        case .negate(let a): return a.dependence
        case .binary(_, let a, let b): return a.dependence.combined(with: b.dependence)
        case .call(_, let arguments):
            return arguments.reduce(Dependence.constant) { $0.combined(with: $1.dependence) }
        case .summary(_, let inner):
            let d = inner.dependence
            return d == .parameters || d == .mixed ? .parameters : .constant
        }
    }

    /// The indices of the parameters the node uses.
    public var parameterIndices: Set<Int> {
        switch self {
        case .number, .sampleSize, .observation: return []
        case .parameter(let index): return [index]
        case .negate(let a), .summary(_, let a): return a.parameterIndices
        case .binary(_, let a, let b): return a.parameterIndices.union(b.parameterIndices)
        case .call(_, let arguments): return arguments.reduce(into: []) { $0.formUnion($1.parameterIndices) }
        }
    }

    /// Whether the expression calls a function with a corner (`abs`, `min`, `max`) or a jump
    /// (`sign`), where ℓ is not smooth and Newton's parabola does not fit.
    public var hasCorners: Bool {
        switch self {
        case .observation, .number, .sampleSize, .parameter: return false
        case .summary(_, let inner): return inner.hasCorners
        case .negate(let a): return a.hasCorners
        case .binary(_, let a, let b): return a.hasCorners || b.hasCorners
        case .call(let function, let arguments):
            return [.abs, .min, .max, .sign].contains(function) || arguments.contains { $0.hasCorners }
        }
    }

    /// Whether the node mentions x outside any summary (so it is a per-observation expression).
    public var usesObservation: Bool {
        switch self {
        case .observation: return true
        case .number, .sampleSize, .parameter, .summary: return false
        case .negate(let a): return a.usesObservation
        case .binary(_, let a, let b): return a.usesObservation || b.usesObservation
        case .call(_, let arguments): return arguments.contains { $0.usesObservation }
        }
    }
}
