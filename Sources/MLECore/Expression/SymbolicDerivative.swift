/// The derivative of a formula in one parameter, as a formula: what the model page prints as the
/// score. Simplified (`ExpressionSimplifier`) so it reads like a textbook line.
extension ExpressionNode {
    /// ∂/∂θ of the formula, where θ is parameter `index`; nil when a part has no derivative
    /// written here (`min`, `max`, `trigamma` or `sign` of something that depends on θ).
    public func derivative(inParameter index: Int) -> ExpressionNode? {
        rawDerivative(index).map(ExpressionSimplifier.simplify)
    }

    private func rawDerivative(_ index: Int) -> ExpressionNode? {
        guard parameterIndices.contains(index) else { return .number(0) }
        switch self {
        case .number, .observation, .sampleSize: return .number(0)
        case .parameter(let p): return .number(p == index ? 1 : 0)
        case .negate(let a): return a.rawDerivative(index).map { .negate($0) }
        case .summary(let kind, let inner): return inner.rawDerivative(index).map { .summary(kind, $0) }
        case .binary(let op, let a, let b):
            guard let da = a.rawDerivative(index), let db = b.rawDerivative(index) else { return nil }
            switch op {
            case .add: return .binary(.add, da, db)
            case .subtract: return .binary(.subtract, da, db)
            case .multiply: return .binary(.add, .binary(.multiply, da, b), .binary(.multiply, a, db))
            case .divide:
                // (a/b)′ = a′/b − a b′/b²
                return .binary(
                    .subtract, .binary(.divide, da, b),
                    .binary(.divide, .binary(.multiply, a, db), .binary(.power, b, .number(2))))
            case .power:
                if !b.parameterIndices.contains(index) {
                    // (aᶜ)′ = c a^(c−1) a′
                    return .binary(
                        .multiply, .binary(.multiply, b, .binary(.power, a, .binary(.subtract, b, .number(1)))), da)
                }
                // (aᵇ)′ = aᵇ (b′ log a + b a′/a)
                return .binary(
                    .multiply, self,
                    .binary(
                        .add, .binary(.multiply, db, .call(.log, [a])),
                        .binary(.divide, .binary(.multiply, b, da), a)))
            }
        case .call(let function, let arguments):
            guard let outer = function.symbolicSlope(arguments[0]), let inner = arguments[0].rawDerivative(index)
            else { return nil }
            return .binary(.multiply, inner, outer)
        }
    }
}

extension MathFunction {
    /// g′(a) as a formula, for the functions of one argument that have one here.
    func symbolicSlope(_ a: ExpressionNode) -> ExpressionNode? {
        switch self {
        case .log: return .binary(.divide, .number(1), a)
        case .exp: return .call(.exp, [a])
        case .sqrt: return .binary(.divide, .number(1), .binary(.multiply, .number(2), .call(.sqrt, [a])))
        case .abs: return .call(.sign, [a])
        case .lgamma: return .call(.digamma, [a])
        case .digamma: return .call(.trigamma, [a])
        case .log1p: return .binary(.divide, .number(1), .binary(.add, .number(1), a))
        case .expm1: return .call(.exp, [a])
        case .sin: return .call(.cos, [a])
        case .cos: return .negate(.call(.sin, [a]))
        case .trigamma, .sign, .min, .max: return nil
        }
    }
}
