/// Tidies a formula so a derivative reads like a textbook line: folds numbers, drops zeros and
/// ones, moves signs outwards and numbers to the front, and turns a·(1/b) into a/b.
///
/// Every rewrite is an identity of real arithmetic wherever both sides are defined, so the
/// simplified formula has the same value (tested by evaluating both).
public enum ExpressionSimplifier {
    /// The formula after rewriting bottom-up until nothing changes (at most a few passes).
    public static func simplify(_ node: ExpressionNode) -> ExpressionNode {
        var current = node
        for _ in 0..<8 {
            let next = pass(current)
            if next == current { return next }
            current = next
        }
        return current
    }

    private static func pass(_ node: ExpressionNode) -> ExpressionNode {
        switch node {
        case .number, .observation, .sampleSize, .parameter: return node
        case .negate(let a): return negate(pass(a))
        case .summary(let kind, let inner): return .summary(kind, pass(inner))
        case .call(let function, let arguments):
            let simplified = arguments.map(pass)
            if case .number(let value) = simplified.first, simplified.count == 1, function == .sign {
                return .number(signum(value))
            }
            return .call(function, simplified)
        case .binary(let op, let a, let b):
            let (x, y) = (pass(a), pass(b))
            switch op {
            case .add: return add(x, y)
            case .subtract: return subtract(x, y)
            case .multiply: return normalized(multiply(x, y))
            case .divide: return normalized(divide(x, y))
            case .power: return normalized(power(x, y))
            }
        }
    }

    /// Products, quotients and whole powers as one monomial, unless that is no shorter.
    private static func normalized(_ node: ExpressionNode) -> ExpressionNode {
        guard let monomial = Monomial(node) else { return node }
        let candidate = monomial.node
        return candidate.size <= node.size ? candidate : node
    }

    private static func negate(_ a: ExpressionNode) -> ExpressionNode {
        switch a {
        case .number(let value): return .number(-value)
        case .negate(let inner): return inner
        case .binary(.subtract, let x, let y): return .binary(.subtract, y, x)
        default: return .negate(a)
        }
    }

    private static func add(_ a: ExpressionNode, _ b: ExpressionNode) -> ExpressionNode {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x + y)
        case (.number(0), _): return b
        case (_, .number(0)): return a
        case (_, .negate(let inner)): return .binary(.subtract, a, inner)
        case (.negate(let inner), _): return .binary(.subtract, b, inner)
        case (_, .number(let y)) where y < 0: return .binary(.subtract, a, .number(-y))
        default: return .binary(.add, a, b)
        }
    }

    private static func subtract(_ a: ExpressionNode, _ b: ExpressionNode) -> ExpressionNode {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x - y)
        case (_, .number(0)): return a
        case (.number(0), _): return negate(b)
        case (_, .negate(let inner)): return .binary(.add, a, inner)
        case (_, .number(let y)) where y < 0: return .binary(.add, a, .number(-y))
        default: return a == b ? .number(0) : .binary(.subtract, a, b)
        }
    }

    private static func multiply(_ a: ExpressionNode, _ b: ExpressionNode) -> ExpressionNode {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x * y)
        case (.number(0), _), (_, .number(0)): return .number(0)
        case (.number(1), _): return b
        case (_, .number(1)): return a
        case (.number(-1), _): return negate(b)
        case (_, .number(-1)): return negate(a)
        case (.negate(let x), _): return negate(multiply(x, b))
        case (_, .negate(let y)): return negate(multiply(a, y))
        case (_, .number): return multiply(b, a)
        case (.number(let x), .binary(.multiply, .number(let y), let rest)): return multiply(.number(x * y), rest)
        case (_, .binary(.divide, .number(1), let denominator)): return divide(a, denominator)
        case (.binary(.divide, .number(1), let denominator), _): return divide(b, denominator)
        case (.binary(.divide, let x, let y), _) where !isNumber(b): return divide(multiply(x, b), y)
        default: return .binary(.multiply, a, b)
        }
    }

    private static func divide(_ a: ExpressionNode, _ b: ExpressionNode) -> ExpressionNode {
        switch (a, b) {
        case (.number(let x), .number(let y)) where y != 0 && (x / y) * y == x: return .number(x / y)
        case (.number(0), _): return .number(0)
        case (_, .number(1)): return a
        case (.negate(let x), _): return negate(divide(x, b))
        case (_, .negate(let y)): return negate(divide(a, y))
        case (.binary(.divide, let x, let y), _): return divide(x, multiply(y, b))
        default: return a == b ? .number(1) : .binary(.divide, a, b)
        }
    }

    private static func power(_ a: ExpressionNode, _ b: ExpressionNode) -> ExpressionNode {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(powerOf(x, y))
        case (_, .number(0)): return .number(1)
        case (_, .number(1)): return a
        case (_, .number(let y)) where y < 0:
            return .binary(.divide, .number(1), power(a, .number(-y)))
        default: return .binary(.power, a, b)
        }
    }

    private static func isNumber(_ node: ExpressionNode) -> Bool {
        if case .number = node { return true }
        return false
    }
}

extension ExpressionNode {
    /// The number of nodes: the simplifier's measure of length.
    var size: Int {
        switch self {
        case .number, .observation, .sampleSize, .parameter: return 1
        case .negate(let a), .summary(_, let a): return 1 + a.size
        case .binary(_, let a, let b): return 1 + a.size + b.size
        case .call(_, let arguments): return arguments.reduce(1) { $0 + $1.size }
        }
    }
}
