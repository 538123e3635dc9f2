import RealModule

/// Logistic regression: P(y = 1 | x) = σ(w·x + b), σ(z) = 1/(1 + e⁻ᶻ).
///
/// Each label is a Bernoulli draw, so the negative log-likelihood of the labels is
/// −Σ [y log σ(z) + (1 − y) log(1 − σ(z))]: divided by n, the binary cross-entropy loss. Training
/// the classifier by gradient descent on that loss is maximum likelihood.
public struct LogisticRegression: Sendable, Hashable {
    /// w, one weight per feature.
    public var weights: [Double]
    /// b, the bias (intercept).
    public var bias: Double

    /// A model with the given weights and bias.
    public init(weights: [Double], bias: Double) {
        self.weights = weights
        self.bias = bias
    }

    /// The logit z = w·x + b.
    ///
    /// - Precondition: `x.count == weights.count`.
    public func logit(_ x: [Double]) -> Double {
        precondition(x.count == weights.count, "expected \(weights.count) features, got \(x.count)")
        var z = bias
        for (w, xi) in zip(weights, x) { z += w * xi }
        return z
    }

    /// ‖w‖, the length of the weight vector: on separable data it grows without bound as training
    /// goes on.
    public var weightNorm: Double { weights.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// P(y = 1 | x) = σ(w·x + b).
    public func probability(_ x: [Double]) -> Double { sigmoid(logit(x)) }

    /// The mean negative log-likelihood −(1/n) Σ log P(yᵢ | xᵢ), computed stably as
    /// (1/n) Σ [log(1 + eᶻ) − y·z] (no log of a rounded 0 or 1).
    ///
    /// - Precondition: as many labels (each 0 or 1) as feature rows, at least one.
    /// - Complexity: O(n·d).
    public func meanNegativeLogLikelihood(features: [[Double]], labels: [Double]) -> Double {
        checkData(features, labels)
        var total = CompensatedSum()
        for (x, y) in zip(features, labels) {
            let z = logit(x)
            total.add(softplus(z) - y * z)
        }
        return total.value / Double(labels.count)
    }

    /// The gradient of the mean negative log-likelihood: ∂/∂w = (1/n) Σ (σ(zᵢ) − yᵢ) xᵢ and
    /// ∂/∂b = (1/n) Σ (σ(zᵢ) − yᵢ).
    ///
    /// - Complexity: O(n·d).
    public func gradient(features: [[Double]], labels: [Double]) -> (weights: [Double], bias: Double) {
        checkData(features, labels)
        var weightGradient = [Double](repeating: 0, count: weights.count)
        var biasGradient = 0.0
        for (x, y) in zip(features, labels) {
            let residual = probability(x) - y
            for j in weightGradient.indices { weightGradient[j] += residual * x[j] }
            biasGradient += residual
        }
        let n = Double(labels.count)
        return (weightGradient.map { $0 / n }, biasGradient / n)
    }

    /// One gradient-descent step on the mean negative log-likelihood: θ ← θ − η∇.
    ///
    /// - Complexity: O(n·d).
    public mutating func gradientDescentStep(features: [[Double]], labels: [Double], learningRate: Double) {
        precondition(learningRate > 0, "learning rate must be > 0, got \(learningRate)")
        let g = gradient(features: features, labels: labels)
        for j in weights.indices { weights[j] -= learningRate * g.weights[j] }
        bias -= learningRate * g.bias
    }

    private func checkData(_ features: [[Double]], _ labels: [Double]) {
        precondition(
            !labels.isEmpty && features.count == labels.count, "need one label per feature row, at least one row")
        precondition(labels.allSatisfy { $0 == 0 || $0 == 1 }, "labels must be 0 or 1")
    }
}

/// σ(z) = 1/(1 + e⁻ᶻ), evaluated without overflow for large |z|.
public func sigmoid(_ z: Double) -> Double {
    z >= 0 ? 1 / (1 + .exp(-z)) : Double.exp(z) / (1 + .exp(z))
}

/// log(1 + eᶻ), evaluated without overflow for large z.
func softplus(_ z: Double) -> Double {
    z > 0 ? z + .log(onePlus: .exp(-z)) : .log(onePlus: .exp(z))
}
