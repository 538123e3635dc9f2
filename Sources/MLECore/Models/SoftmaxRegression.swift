import RealModule

/// Softmax (multinomial logistic) regression for K classes:
/// P(y = k | x) = exp(zₖ) / Σⱼ exp(zⱼ), with logits zₖ = wₖ·x + bₖ.
///
/// The last class is the reference, its logit held at 0: adding the same vector to every class's
/// weights changes no probability, so without a reference the information matrix is singular and
/// the MLE is a whole line of parameters (lesson 9's flat ridge). With it the MLE is one point
/// whenever no class can be separated from the rest.
///
/// Each label is a Categorical draw, so the mean negative log-likelihood of the labels is the
/// softmax cross-entropy −(1/n) Σ log P(yᵢ | xᵢ).
public struct SoftmaxRegression: Sendable, Hashable {
    /// K, the number of classes.
    public let classCount: Int
    /// d, the number of features.
    public let featureCount: Int
    /// The free parameters, class by class for the first K − 1 classes: d weights then the bias.
    public var parameters: [Double]

    /// All parameters zero: every class equally likely.
    ///
    /// - Precondition: K ≥ 2 and d ≥ 1.
    public init(classCount: Int, featureCount: Int) {
        precondition(classCount >= 2 && featureCount >= 1, "need at least 2 classes and 1 feature")
        self.classCount = classCount
        self.featureCount = featureCount
        parameters = Array(repeating: 0, count: (classCount - 1) * (featureCount + 1))
    }

    /// The number of free parameters, (K − 1)(d + 1).
    public var parameterCount: Int { parameters.count }

    /// The K logits at x; the last is 0.
    ///
    /// - Precondition: `x.count == featureCount`.
    public func logits(_ x: [Double]) -> [Double] {
        precondition(x.count == featureCount, "expected \(featureCount) features, got \(x.count)")
        var result = [Double](repeating: 0, count: classCount)
        let stride = featureCount + 1
        for k in 0..<(classCount - 1) {
            var z = parameters[k * stride + featureCount]
            for j in 0..<featureCount { z += parameters[k * stride + j] * x[j] }
            result[k] = z
        }
        return result
    }

    /// log Σₖ exp(zₖ), computed from the largest logit so no exponential overflows.
    static func logSumExp(_ z: [Double]) -> Double {
        let top = z.max() ?? 0
        guard top.isFinite else { return top }
        return top + .log(z.reduce(0) { $0 + .exp($1 - top) })
    }

    /// The K class probabilities at x, summing to 1.
    public func probabilities(_ x: [Double]) -> [Double] {
        let z = logits(x)
        let normaliser = Self.logSumExp(z)
        return z.map { .exp($0 - normaliser) }
    }

    /// −(1/n) Σ log P(yᵢ | xᵢ) = (1/n) Σ [log Σₖ exp(zᵢₖ) − zᵢ,yᵢ], computed from the logits (no
    /// log of a rounded-off probability).
    ///
    /// - Precondition: as many labels (each in 0..<K) as feature rows, at least one.
    public func meanNegativeLogLikelihood(features: [[Double]], labels: [Int]) -> Double {
        Self.checkData(features, labels, classCount: classCount)
        var total = 0.0
        for (x, y) in zip(features, labels) {
            let z = logits(x)
            total += Self.logSumExp(z) - z[y]
        }
        return total / Double(labels.count)
    }

    /// The gradient of the mean negative log-likelihood over the rows `rows` (all rows when nil):
    /// for class k < K, (1/m) Σᵢ (pᵢₖ − [yᵢ = k]) · (xᵢ, 1).
    public func gradient(features: [[Double]], labels: [Int], rows: [Int]? = nil) -> [Double] {
        Self.checkData(features, labels, classCount: classCount)
        let chosen = rows ?? Array(labels.indices)
        precondition(!chosen.isEmpty && chosen.allSatisfy(labels.indices.contains), "rows must be valid and not empty")
        var result = [Double](repeating: 0, count: parameters.count)
        let stride = featureCount + 1
        let scale = 1 / Double(chosen.count)
        for i in chosen {
            let x = features[i]
            let p = probabilities(x)
            for k in 0..<(classCount - 1) {
                let residual = (p[k] - (labels[i] == k ? 1 : 0)) * scale
                for j in 0..<featureCount { result[k * stride + j] += residual * x[j] }
                result[k * stride + featureCount] += residual
            }
        }
        return result
    }

    static func checkData(_ features: [[Double]], _ labels: [Int], classCount: Int) {
        precondition(!labels.isEmpty && features.count == labels.count, "need one feature row per label")
        precondition(labels.allSatisfy { (0..<classCount).contains($0) }, "labels must be 0..<\(classCount)")
    }
}
