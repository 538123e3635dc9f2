import MLECore
import RealModule
import Testing

/// The identities the deep-learning lesson shows live: cross-entropy is the Bernoulli negative
/// log-likelihood at every step of training, and the MSE fixes the Gaussian one.
struct LossIdentityTests {
    /// Two classes whose labels no line can separate (from `ModelTests`), and a separable set:
    /// the same points labelled by the sign of x₁ − x₂.
    static func datasets() -> [(features: [[Double]], labels: [Double])] {
        let (features, labels) = ModelTests.classificationData()
        let separable = features.map { $0[0] - $0[1] > 0 ? 1.0 : 0.0 }
        return [(features, labels), (features, separable)]
    }

    /// At each of 400 gradient-descent steps, binary cross-entropy from the probabilities equals
    /// the mean negative log-likelihood to 1e-12 (relative, or absolute once the loss is below 1).
    @Test(arguments: [0, 1])
    func crossEntropyEqualsNegativeLogLikelihoodAtEveryStep(dataset: Int) {
        let (features, labels) = Self.datasets()[dataset]
        var model = LogisticRegression(weights: [0, 0], bias: 0)
        for step in 0...400 {
            let probabilities = features.map(model.probability)
            let crossEntropy = binaryCrossEntropy(probabilities: probabilities, labels: labels)
            let nll = model.meanNegativeLogLikelihood(features: features, labels: labels)
            #expect(abs(crossEntropy - nll) <= 1e-12 * max(1, nll), "step \(step): \(crossEntropy) against \(nll)")
            model.gradientDescentStep(features: features, labels: labels, learningRate: 1)
        }
    }

    /// On separable data the weights keep growing and the loss keeps falling: there is no MLE.
    @Test func separableDataDriveTheWeightsUp() {
        let (allFeatures, allLabels) = Self.datasets()[1]
        let features = Array(allFeatures.prefix(150))
        let labels = Array(allLabels.prefix(150))
        var model = LogisticRegression(weights: [0, 0], bias: 0)
        var norms: [Double] = []
        var loss = model.meanNegativeLogLikelihood(features: features, labels: labels)
        for step in 1...3000 {
            model.gradientDescentStep(features: features, labels: labels, learningRate: 1)
            let next = model.meanNegativeLogLikelihood(features: features, labels: labels)
            #expect(next < loss)
            loss = next
            if step % 1000 == 0 {
                norms.append((model.weights[0] * model.weights[0] + model.weights[1] * model.weights[1]).squareRoot())
            }
        }
        #expect(norms[1] > norms[0] + 1 && norms[2] > norms[1] + 0.5)
        #expect(model.meanNegativeLogLikelihood(features: features, labels: labels) < 0.05)
    }

    /// A prediction rounded to exactly 0 or 1 on the correct side contributes 0, not NaN.
    @Test func crossEntropyOfCertainCorrectPredictionsIsZero() {
        #expect(binaryCrossEntropy(probabilities: [1, 0], labels: [1, 0]) == 0)
        #expect(binaryCrossEntropy(probabilities: [0.5], labels: [1]) == Double.log(2))
        #expect(binaryCrossEntropy(probabilities: [0], labels: [1]) == .infinity)
    }

    /// The MSE gradient matches central differences (step 1e-6, tolerance 1e-6).
    @Test func meanSquaredErrorGradientMatchesFiniteDifferences() {
        let (x, y) = ModelTests.regressionData()
        let line = LinearRegression(slope: 1.2, intercept: 0.4)
        let gradient = line.meanSquaredErrorGradient(x, y)
        let h = 1e-6
        let slope =
            (LinearRegression(slope: 1.2 + h, intercept: 0.4).meanSquaredError(x, y)
                - LinearRegression(slope: 1.2 - h, intercept: 0.4).meanSquaredError(x, y)) / (2 * h)
        let intercept =
            (LinearRegression(slope: 1.2, intercept: 0.4 + h).meanSquaredError(x, y)
                - LinearRegression(slope: 1.2, intercept: 0.4 - h).meanSquaredError(x, y)) / (2 * h)
        #expect(abs(slope - gradient.slope) <= 1e-6 * max(1, abs(slope)))
        #expect(abs(intercept - gradient.intercept) <= 1e-6 * max(1, abs(intercept)))
    }

    /// Gradient descent on the MSE arrives at the least-squares line, and at every step −ℓ at
    /// σ̂ summed from the densities equals (n/2)(log(2π·MSE) + 1) to 1e-12 relative.
    @Test func gradientDescentReachesLeastSquaresWithTheIdentityAtEveryStep() {
        let (x, y) = ModelTests.regressionData()
        let target = LinearRegression(leastSquares: x, y)
        var line = LinearRegression(slope: 0, intercept: 0)
        for _ in 0..<3000 {
            let mse = line.meanSquaredError(x, y)
            let fromDensities = line.negativeLogLikelihood(x, y, noiseSD: mse.squareRoot())
            let fromMSE = LinearRegression.negativeLogLikelihoodAtBestNoise(meanSquaredError: mse, count: x.count)
            #expect(abs(fromDensities - fromMSE) <= 1e-12 * abs(fromMSE))
            line.gradientDescentStep(x, y, learningRate: 0.025)
        }
        #expect(abs(line.slope - target.slope) < 1e-6 && abs(line.intercept - target.intercept) < 1e-6)
    }
}
