/// Σᵢ f(θ, xᵢ) for a per-observation formula f, split once into sufficient statistics where the
/// formula allows it:
///
///     Σᵢ f(θ, xᵢ) = Σₖ cₖ(θ) · Dₖ + Σᵢ r(θ, xᵢ),   Dₖ = Σᵢ dₖ(xᵢ) computed once,
///
/// where the terms cₖ(θ)·dₖ(x) are the parts of f that are a function of θ times a function of x
/// (found through sums, differences, negation, and products or quotients with a factor free of x),
/// and r collects the rest. `log(lambda) - lambda*x` is all terms, so each evaluation costs O(1)
/// like the built-in exponential; `-abs(x - m)/b` is all rest, evaluated per observation.
struct SummedExpression: Sendable {
    /// cₖ(θ) and Dₖ.
    let terms: [(coefficient: BoundNode, total: Double)]
    /// Σᵢ r(θ, xᵢ), or nil when everything split into terms.
    let rest: ObservationProgram?

    init(perObservation node: BoundNode, columns: ColumnStore, splitting: Bool = true) {
        var split = AdditiveSplit()
        if splitting || node.dependence != .mixed {
            split.add(node, sign: 1)
        } else {
            split.keep(node)
        }
        terms = split.terms.map { coefficient, data in
            (coefficient, SummedExpression.total(data, columns: columns))
        }
        rest = split.rest.map { ObservationProgram(compiling: $0) }
    }

    /// The sum as a jet in θ.
    func jet(parameters: [Jet], summaries: [Jet], columns: ColumnStore) -> Jet {
        var result = Jet(constant: 0)
        for (coefficient, total) in terms {
            result = result + total * coefficient.jet(parameters: parameters, summaries: summaries)
        }
        if let rest { result = result + rest.sum(parameters: parameters, summaries: summaries, columns: columns) }
        return result
    }

    private static func total(_ data: BoundNode, columns: ColumnStore) -> Double {
        if case .constant(let value) = data { return value * Double(columns.count) }
        var sum = CompensatedSum()
        for i in 0..<columns.count { sum.add(data.number(at: i, columns: columns)) }
        return sum.value
    }
}

/// The splitting of f into c(θ)·d(x) terms and a rest.
private struct AdditiveSplit {
    var terms: [(BoundNode, BoundNode)] = []
    private var restParts: [BoundNode] = []

    /// The rest as one node, or nil.
    var rest: BoundNode? {
        guard var node = restParts.first else { return nil }
        for part in restParts.dropFirst() { node = .binary(.add, node, part) }
        return node
    }

    /// Keeps `node` whole, to be evaluated per observation.
    mutating func keep(_ node: BoundNode) { restParts.append(node) }

    /// Adds `factor` · `node` (factor free of x; nil means 1) with the given sign.
    mutating func add(_ node: BoundNode, sign: Double, factor: BoundNode? = nil) {
        func scaled(_ n: BoundNode) -> BoundNode {
            let signed = sign < 0 ? BoundNode.negate(n) : n
            guard let factor else { return signed }
            return .binary(.multiply, factor, signed)
        }
        switch node.dependence {
        case .constant, .parameters:
            terms.append((scaled(node), .constant(1)))
            return
        case .data:
            terms.append((scaled(.constant(1)), node))
            return
        case .mixed: break
        }
        switch node {
        case .binary(.add, let a, let b):
            add(a, sign: sign, factor: factor)
            add(b, sign: sign, factor: factor)
        case .binary(.subtract, let a, let b):
            add(a, sign: sign, factor: factor)
            add(b, sign: -sign, factor: factor)
        case .negate(let a):
            add(a, sign: -sign, factor: factor)
        case .binary(.multiply, let a, let b) where a.isPerSample:
            add(b, sign: sign, factor: combined(factor, a))
        case .binary(.multiply, let a, let b) where b.isPerSample:
            add(a, sign: sign, factor: combined(factor, b))
        case .binary(.divide, let a, let b) where b.isPerSample:
            add(a, sign: sign, factor: combined(factor, .binary(.divide, .constant(1), b)))
        default:
            restParts.append(scaled(node))
        }
    }

    private func combined(_ outer: BoundNode?, _ inner: BoundNode) -> BoundNode {
        guard let outer else { return inner }
        return .binary(.multiply, outer, inner)
    }
}
