/// A product of powers with a rational coefficient, ±(p/q) · ∏ bₖ^eₖ: the form the simplifier
/// brings products, quotients and whole-number powers into, so that 4σ(x − μ)²/(2σ²)² reads
/// (x − μ)²/σ³.
struct Monomial {
    private var numerator = 1.0
    private var denominator = 1.0
    private var factors: [(base: ExpressionNode, exponent: Double)] = []

    /// The monomial of `node`, or nil when it is not a product, quotient or power.
    init?(_ node: ExpressionNode) {
        switch node {
        case .binary(.multiply, _, _), .binary(.divide, _, _), .binary(.power, _, .number): break
        default: return nil
        }
        collect(node, exponent: 1)
    }

    private mutating func collect(_ node: ExpressionNode, exponent: Double) {
        switch node {
        case .number(let c) where c != 0 && c.isFinite:
            let scaled = powerOf(c, exponent)
            if exponent > 0 { numerator *= scaled } else { denominator *= powerOf(c, -exponent) }
        case .negate(let a) where exponent == exponent.rounded():
            if Int(exponent) % 2 != 0 { numerator = -numerator }
            collect(a, exponent: exponent)
        case .binary(.multiply, let a, let b):
            collect(a, exponent: exponent)
            collect(b, exponent: exponent)
        case .binary(.divide, let a, let b):
            collect(a, exponent: exponent)
            collect(b, exponent: -exponent)
        case .binary(.power, let a, .number(let k)) where k == k.rounded() && abs(k) < 64:
            collect(a, exponent: exponent * k)
        default:
            if let index = factors.firstIndex(where: { $0.base == node }) {
                factors[index].exponent += exponent
            } else {
                factors.append((node, exponent))
            }
        }
    }

    /// Back to a formula: coefficient first, then the factors with positive powers over those with
    /// negative ones.
    var node: ExpressionNode {
        var (p, q) = (numerator, denominator)
        if p == p.rounded() && q == q.rounded() && abs(p) < 1e15 && abs(q) < 1e15 {
            let divisor = Monomial.gcd(abs(p), abs(q))
            if divisor > 1 { (p, q) = (p / divisor, q / divisor) }
        }
        let negative = (p < 0) != (q < 0)
        (p, q) = (abs(p), abs(q))
        var top: [ExpressionNode] = p == 1 ? [] : [.number(p)]
        var bottom: [ExpressionNode] = q == 1 ? [] : [.number(q)]
        for (base, exponent) in factors where exponent != 0 {
            let magnitude = abs(exponent)
            let term: ExpressionNode = magnitude == 1 ? base : .binary(.power, base, .number(magnitude))
            if exponent > 0 { top.append(term) } else { bottom.append(term) }
        }
        let numeratorNode = Monomial.product(top) ?? .number(1)
        let result = Monomial.product(bottom).map { ExpressionNode.binary(.divide, numeratorNode, $0) } ?? numeratorNode
        return negative ? .negate(result) : result
    }

    private static func product(_ terms: [ExpressionNode]) -> ExpressionNode? {
        guard var result = terms.first else { return nil }
        for term in terms.dropFirst() { result = .binary(.multiply, result, term) }
        return result
    }

    private static func gcd(_ a: Double, _ b: Double) -> Double {
        var (x, y) = (a, b)
        while y > 0 { (x, y) = (y, x.truncatingRemainder(dividingBy: y)) }
        return x
    }
}
