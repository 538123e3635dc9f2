import RealModule

/// Whether a typed log-density is one: exp f(x | θ) should integrate (or, for counts, sum) to 1
/// over the data's support at the current θ. A model without its normalising constant, or with
/// the wrong one, is a different likelihood, and the learner is told by how much.
public struct DensityCheck: Sendable, Hashable {
    /// The support the data suggest.
    public enum Support: String, Sendable {
        case counts = "the counts 0, 1, 2, ..."
        case positiveReals = "x > 0"
        case realLine = "the real line"
    }

    /// The support checked.
    public let support: Support
    /// ∫ exp f or Σ exp f over it (NaN where f is undefined somewhere on it).
    public let total: Double

    /// Whether the total is 1 to within 1%.
    public var isDensity: Bool { abs(total - 1) <= 0.01 }

    /// The supports data like `sample` could have: the counts when every value is a whole
    /// number ≥ 0, always the real line, and the positive reals when every value is ≥ 0.
    public static func candidates(for sample: [Double]) -> [Support] {
        var supports: [Support] = []
        if sample.allSatisfy({ $0 >= 0 && $0 == $0.rounded() && $0 < 1e9 }) { supports.append(.counts) }
        supports.append(.realLine)
        if sample.allSatisfy({ $0 >= 0 }) { supports.append(.positiveReals) }
        return supports
    }
}

extension FormulaModel {
    /// exp f summed over the counts or integrated over a real support (by the midpoint rule on
    /// 20,000 cells after mapping the support onto a finite interval, centred and scaled by the
    /// data), at θ = `parameters`, on each support the data allow. The first support where the
    /// total is 1 is returned (a Laplace model of positive data is a density on the real line);
    /// failing that, the first with a finite total, in the order counts, real line, x > 0.
    ///
    /// - Complexity: O(20,000 · size of the formula) per support, plus the data summaries once.
    public func densityCheck(on sample: [Double], at parameters: [Double]) -> DensityCheck {
        var evaluator = PlainEvaluator(sample: sample, parameters: parameters)
        let checks = DensityCheck.candidates(for: sample).map {
            DensityCheck(support: $0, total: total(over: $0, sample: sample, evaluator: &evaluator))
        }
        if let density = checks.first(where: \.isDensity) { return density }
        return checks.first { $0.total.isFinite } ?? checks[checks.count - 1]
    }

    private func total(over support: DensityCheck.Support, sample: [Double], evaluator: inout PlainEvaluator)
        -> Double
    {
        let mean = sample.reduce(0, +) / Double(max(sample.count, 1))
        let spread =
            (sample.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(sample.count, 1))).squareRoot()
        var total = CompensatedSum()
        let cells = 20_000
        switch support {
        case .counts:
            let largest = sample.max() ?? 0
            var k = 0.0
            while k <= max(1000, 50 * largest) {
                let term = Double.exp(evaluator.value(node, x: k))
                total.add(term)
                if k > largest && term < 1e-17 * max(total.value, 1e-300) { break }
                k += 1
            }
        case .positiveReals:
            let scale = mean > 0 ? mean : 1
            for i in 0..<cells {
                let t = (Double(i) + 0.5) / Double(cells)
                let x = scale * t / (1 - t)
                let jacobian = scale / ((1 - t) * (1 - t))
                total.add(Double.exp(evaluator.value(node, x: x)) * jacobian / Double(cells))
            }
        case .realLine:
            let scale = spread > 0 ? spread : 1
            for i in 0..<cells {
                let t = -1 + 2 * (Double(i) + 0.5) / Double(cells)
                let x = mean + scale * t / (1 - t * t)
                let jacobian = scale * (1 + t * t) / ((1 - t * t) * (1 - t * t))
                total.add(Double.exp(evaluator.value(node, x: x)) * jacobian * 2 / Double(cells))
            }
        }
        return total.value
    }

    /// The same model with parameter `name` held at `value`: a one-parameter slice of a
    /// two-parameter model.
    ///
    /// - Precondition: the model has two parameters and `name` is one of them.
    public func holding(_ name: String, at value: Double) -> FormulaModel {
        guard let index = parameterNames.firstIndex(of: name), parameterNames.count == 2 else {
            preconditionFailure("\(name) is not one of two parameters \(parameterNames)")
        }
        let kept = parameterNames[1 - index]
        return FormulaModel(
            text: "\(text) with \(name) = \(value)", node: node.substituting(index, with: value, keeping: 1 - index),
            scope: ExpressionScope(checked: [kept]))
    }
}

extension ExpressionNode {
    /// Parameter `index` replaced by `value`, and parameter `kept` renumbered 0.
    fileprivate func substituting(_ index: Int, with value: Double, keeping kept: Int) -> ExpressionNode {
        switch self {
        case .parameter(let p): return p == index ? .number(value) : .parameter(0)
        case .number, .observation, .sampleSize: return self
        case .negate(let a): return .negate(a.substituting(index, with: value, keeping: kept))
        case .binary(let op, let a, let b):
            return .binary(
                op, a.substituting(index, with: value, keeping: kept), b.substituting(index, with: value, keeping: kept)
            )
        case .call(let function, let arguments):
            return .call(function, arguments.map { $0.substituting(index, with: value, keeping: kept) })
        case .summary(let kind, let inner): return .summary(kind, inner.substituting(index, with: value, keeping: kept))
        }
    }
}
