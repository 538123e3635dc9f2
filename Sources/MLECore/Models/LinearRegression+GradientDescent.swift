import RealModule

extension LinearRegression {
    /// The gradient of the MSE: ∂/∂w = −(2/n) Σ rᵢ xᵢ and ∂/∂b = −(2/n) Σ rᵢ, with rᵢ = yᵢ − ŷᵢ.
    ///
    /// - Precondition: as many x as y, at least one.
    /// - Complexity: O(n).
    public func meanSquaredErrorGradient(_ x: [Double], _ y: [Double]) -> (slope: Double, intercept: Double) {
        precondition(x.count == y.count && !x.isEmpty, "need as many x as y, at least one")
        var slopeGradient = CompensatedSum()
        var interceptGradient = CompensatedSum()
        for (xi, yi) in zip(x, y) {
            let r = yi - predict(xi)
            slopeGradient.add(-2 * r * xi)
            interceptGradient.add(-2 * r)
        }
        let n = Double(x.count)
        return (slopeGradient.value / n, interceptGradient.value / n)
    }

    /// One gradient-descent step on the MSE, θ ← θ − η∇MSE: a step on the Gaussian negative
    /// log-likelihood too, whose gradient at any fixed σ is n/(2σ²) times this one.
    ///
    /// - Precondition: `learningRate > 0`.
    public mutating func gradientDescentStep(_ x: [Double], _ y: [Double], learningRate: Double) {
        precondition(learningRate > 0, "learning rate must be > 0, got \(learningRate)")
        let gradient = meanSquaredErrorGradient(x, y)
        slope -= learningRate * gradient.slope
        intercept -= learningRate * gradient.intercept
    }
}

extension LinearRegression {
    /// −ℓ at the best noise level σ̂² = MSE, from the MSE alone: (n/2)(log(2π·MSE) + 1). Any line
    /// with a smaller MSE has a smaller negative log-likelihood, which is why least squares is the MLE.
    ///
    /// - Precondition: `meanSquaredError > 0`, `count ≥ 1`.
    public static func negativeLogLikelihoodAtBestNoise(meanSquaredError: Double, count: Int) -> Double {
        precondition(meanSquaredError > 0 && count >= 1, "need MSE > 0 and at least one point")
        return Double(count) / 2 * (.log(2 * .pi * meanSquaredError) + 1)
    }
}
