/// A formula bound to one sample: every part that depends on the data only is a precomputed
/// column, every summary of the data only is a number, and every summary that depends on θ is a
/// `SummedExpression` evaluated once per θ.
indirect enum BoundNode: Sendable, Hashable {
    case constant(Double)
    /// A precomputed value per observation (column 0 is x itself).
    case column(Int)
    case parameter(Int)
    /// Summary number `index`, times `scale` (1 for a sum, 1/n for a mean).
    case summary(Int, scale: Double)
    case negate(BoundNode)
    case binary(BinaryOperator, BoundNode, BoundNode)
    case call(MathFunction, [BoundNode])

    /// Whether the value changes with the observation, with θ, both or neither.
    var dependence: Dependence {
        switch self {
        case .constant: return .constant
        case .column: return .data
        case .parameter, .summary: return .parameters
        case .negate(let a): return a.dependence
        case .binary(_, let a, let b): return a.dependence.combined(with: b.dependence)
        case .call(_, let arguments):
            return arguments.reduce(Dependence.constant) { $0.combined(with: $1.dependence) }
        }
    }

    /// Whether the value is the same for every observation.
    var isPerSample: Bool { dependence == .constant || dependence == .parameters }

    /// The value as a jet, for a node that does not change with the observation.
    func jet(parameters: [Jet], summaries: [Jet]) -> Jet {
        switch self {
        case .constant(let value): return Jet(constant: value)
        case .parameter(let index): return parameters[index]
        case .summary(let index, let scale): return scale == 1 ? summaries[index] : scale * summaries[index]
        case .negate(let a): return -a.jet(parameters: parameters, summaries: summaries)
        case .binary(let op, let a, let b):
            return op.apply(
                a.jet(parameters: parameters, summaries: summaries), b.jet(parameters: parameters, summaries: summaries)
            )
        case .call(let function, let arguments):
            return function.value(arguments.map { $0.jet(parameters: parameters, summaries: summaries) })
        case .column: preconditionFailure("a per-observation column has no single value")
        }
    }

    /// The value at observation `i`, for a node that does not depend on θ.
    func number(at i: Int, columns: ColumnStore) -> Double {
        switch self {
        case .constant(let value): return value
        case .column(let index): return columns[index, i]
        case .negate(let a): return -a.number(at: i, columns: columns)
        case .binary(let op, let a, let b):
            return op.apply(a.number(at: i, columns: columns), b.number(at: i, columns: columns))
        case .call(let function, let arguments):
            return function.value(arguments.map { $0.number(at: i, columns: columns) })
        case .parameter, .summary: preconditionFailure("a node that depends on θ has no value without θ")
        }
    }
}

/// Per-observation columns of numbers in one contiguous array, column after column.
struct ColumnStore: Sendable {
    let count: Int
    private(set) var storage: [Double]

    init(sample: [Double]) {
        count = sample.count
        storage = sample
    }

    var columnCount: Int { count == 0 ? 0 : storage.count / count }

    subscript(column: Int, row: Int) -> Double { storage[column * count + row] }

    /// Appends a column and returns its index.
    mutating func append(_ column: [Double]) -> Int {
        precondition(column.count == count, "a column has one value per observation")
        storage += column
        return columnCount - 1
    }
}

/// Binds formulas to one sample, sharing columns and summaries between them.
struct ExpressionBinder {
    private(set) var columns: ColumnStore
    private(set) var summaries: [SummedExpression] = []
    private var plain: PlainEvaluator
    private var columnIndex: [ExpressionNode: Int] = [.observation: 0]
    private let sampleSize: Double

    init(sample: [Double]) {
        columns = ColumnStore(sample: sample)
        plain = PlainEvaluator(sample: sample, parameters: [])
        sampleSize = Double(sample.count)
    }

    mutating func bind(_ node: ExpressionNode) -> BoundNode {
        switch node.dependence {
        case .constant: return .constant(plain.value(node, x: nil))
        case .data: return .column(column(for: node))
        case .parameters, .mixed: break
        }
        switch node {
        case .parameter(let index): return .parameter(index)
        case .negate(let a): return .negate(bind(a))
        case .binary(let op, let a, let b): return .binary(op, bind(a), bind(b))
        case .call(let function, let arguments): return .call(function, arguments.map { bind($0) })
        case .summary(let kind, let inner):
            let summed = SummedExpression(perObservation: bind(inner), columns: columns)
            summaries.append(summed)
            return .summary(summaries.count - 1, scale: kind == .mean ? 1 / sampleSize : 1)
        case .number, .observation, .sampleSize: preconditionFailure("constants and x are bound above")
        }
    }

    private mutating func column(for node: ExpressionNode) -> Int {
        if let known = columnIndex[node] { return known }
        var values: [Double] = []
        values.reserveCapacity(columns.count)
        for x in plain.sample { values.append(plain.value(node, x: x)) }
        let index = columns.append(values)
        columnIndex[node] = index
        return index
    }
}
