import MLECore
import RealModule
import Testing

struct ModelTests {
    /// 500 points with two features, labels drawn from σ(1.5x₁ − 2x₂ + 0.3).
    static func classificationData() -> ([[Double]], [Double]) {
        var generator = SeededGenerator(seed: 8)
        let truth = LogisticRegression(weights: [1.5, -2], bias: 0.3)
        var features: [[Double]] = []
        var labels: [Double] = []
        for _ in 0..<500 {
            let x = [StandardDraws.normal(using: &generator), StandardDraws.normal(using: &generator)]
            features.append(x)
            labels.append(StandardDraws.openUnit(using: &generator) < truth.probability(x) ? 1 : 0)
        }
        return (features, labels)
    }

    /// Binary cross-entropy the usual way, −(1/n) Σ [y log p + (1 − y) log(1 − p)], equals the
    /// model's mean negative log-likelihood (to 1e-12 relative).
    @Test func meanNegativeLogLikelihoodIsBinaryCrossEntropy() {
        let (features, labels) = Self.classificationData()
        let model = LogisticRegression(weights: [0.4, -0.7], bias: -0.2)
        var crossEntropy = 0.0
        for (x, y) in zip(features, labels) {
            let p = 1 / (1 + Double.exp(-(0.4 * x[0] - 0.7 * x[1] - 0.2)))
            crossEntropy -= y * .log(p) + (1 - y) * .log(1 - p)
        }
        crossEntropy /= Double(labels.count)
        let nll = model.meanNegativeLogLikelihood(features: features, labels: labels)
        #expect(abs(nll - crossEntropy) <= 1e-12 * crossEntropy)
    }

    /// The analytic gradient matches central differences (step 1e-6, tolerance 1e-7).
    @Test func gradientMatchesFiniteDifferences() {
        let (features, labels) = Self.classificationData()
        let model = LogisticRegression(weights: [0.4, -0.7], bias: -0.2)
        let gradient = model.gradient(features: features, labels: labels)
        let h = 1e-6
        for j in 0..<2 {
            var up = model
            var down = model
            up.weights[j] += h
            down.weights[j] -= h
            let slope =
                (up.meanNegativeLogLikelihood(features: features, labels: labels)
                    - down.meanNegativeLogLikelihood(features: features, labels: labels)) / (2 * h)
            #expect(abs(slope - gradient.weights[j]) <= 1e-7)
        }
        var up = model
        var down = model
        up.bias += h
        down.bias -= h
        let slope =
            (up.meanNegativeLogLikelihood(features: features, labels: labels)
                - down.meanNegativeLogLikelihood(features: features, labels: labels)) / (2 * h)
        #expect(abs(slope - gradient.bias) <= 1e-7)
    }

    /// Gradient descent lowers the loss at every step and moves toward the weights that made the
    /// labels.
    @Test func gradientDescentLowersTheLoss() {
        let (features, labels) = Self.classificationData()
        var model = LogisticRegression(weights: [0, 0], bias: 0)
        var loss = model.meanNegativeLogLikelihood(features: features, labels: labels)
        #expect(abs(loss - Double.log(2)) <= 1e-15)
        for _ in 0..<300 {
            model.gradientDescentStep(features: features, labels: labels, learningRate: 0.5)
            let next = model.meanNegativeLogLikelihood(features: features, labels: labels)
            #expect(next < loss)
            loss = next
        }
        #expect(abs(model.weights[0] - 1.5) < 0.5 && abs(model.weights[1] + 2) < 0.5)
    }

    @Test func sigmoidIsStableAtExtremes() {
        #expect(sigmoid(800) == 1)
        #expect(sigmoid(-800) == 0)
        #expect(sigmoid(0) == 0.5)
        let model = LogisticRegression(weights: [1], bias: 0)
        #expect(model.meanNegativeLogLikelihood(features: [[-800]], labels: [1]) == 800)
    }

    static func regressionData() -> ([Double], [Double]) {
        var generator = SeededGenerator(seed: 4)
        let x = (0..<200).map { _ in 10 * StandardDraws.openUnit(using: &generator) }
        let y = x.map { 2 * $0 - 1 + 0.5 * StandardDraws.normal(using: &generator) }
        return (x, y)
    }

    /// −ℓ = (n/2) log(2πσ²) + n·MSE/(2σ²) for any line and σ (to 1e-12 relative).
    @Test(arguments: [0.3, 0.5, 2.0])
    func negativeLogLikelihoodIsScaledMeanSquaredError(sigma: Double) {
        let (x, y) = Self.regressionData()
        let line = LinearRegression(slope: 1.9, intercept: -0.8)
        let n = Double(x.count)
        let expected = n / 2 * .log(2 * .pi * sigma * sigma) + n * line.meanSquaredError(x, y) / (2 * sigma * sigma)
        #expect(abs(line.negativeLogLikelihood(x, y, noiseSD: sigma) - expected) <= 1e-12 * expected)
    }

    /// The least-squares line minimises the MSE, and σ̂² = MSE minimises −ℓ over σ.
    @Test func leastSquaresAndNoiseEstimateAreMaximumLikelihood() {
        let (x, y) = Self.regressionData()
        let line = LinearRegression(leastSquares: x, y)
        #expect(abs(line.slope - 2) < 0.05 && abs(line.intercept + 1) < 0.2)
        let mse = line.meanSquaredError(x, y)
        for (ds, di) in [(1e-3, 0.0), (-1e-3, 0.0), (0.0, 1e-3), (0.0, -1e-3)] {
            #expect(
                LinearRegression(slope: line.slope + ds, intercept: line.intercept + di).meanSquaredError(x, y) > mse)
        }
        let sigmaHat = line.noiseEstimate(x, y)
        #expect(abs(sigmaHat * sigmaHat - mse) <= 1e-15 * mse)
        let best = line.negativeLogLikelihood(x, y, noiseSD: sigmaHat)
        #expect(line.negativeLogLikelihood(x, y, noiseSD: sigmaHat * 1.01) > best)
        #expect(line.negativeLogLikelihood(x, y, noiseSD: sigmaHat * 0.99) > best)
    }
}
