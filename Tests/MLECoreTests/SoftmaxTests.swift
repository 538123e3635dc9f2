import Testing

@testable import MLECore

/// Softmax regression as the Categorical likelihood, and three optimizers that reach its MLE.
@Suite struct SoftmaxTests {
    /// 24 points in three overlapping classes (numpy, seed 5), with the MLE from scipy.optimize
    /// (BFGS on the analytic gradient, final gradient below 4e-9).
    static let features: [[Double]] = [
        [-0.04, -1.72], [0.68, 0.55], [2.48, 0.14], [0.28, -1.02], [1.97, 2.13], [1.35, -1.6], [-0.25, 2.08],
        [1.26, -2.25], [-0.61, -0.71], [-1.32, 0.17], [-1.43, 1.52], [-0.58, 0.03], [0.03, 1.88], [-2.64, 0.47],
        [-1.77, 0.57], [-2.18, 0.83], [-0.55, -1.2], [-1.86, -1.32], [-1.92, -2.56], [-0.21, -2.24], [1.02, 0.13],
        [-3.1, -0.45], [-1.93, -0.76], [-0.44, -3.38],
    ]
    static let labels = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]
    static let scipyMLE = [
        2.368908525539728, 1.119274840814451, 1.4334961806146576, 0.13877880383975288, 1.793113083866012,
        0.9055243527575713,
    ]
    static let scipyMinimum = 0.531200595603354

    @Test func theNegativeLogLikelihoodAndProbabilitiesMatchScipy() {
        var model = SoftmaxRegression(classCount: 3, featureCount: 2)
        model.parameters = [0.3, -0.2, 0.1, -0.5, 0.4, 0.2]
        let value = model.meanNegativeLogLikelihood(features: Self.features, labels: Self.labels)
        #expect(abs(value - 0.8773027317507003) <= 1e-14)
        let p = model.probabilities(Self.features[0])
        let reference = [0.48643360121943696, 0.19776914373418075, 0.31579725504638223]
        #expect(zip(p, reference).allSatisfy { abs($0 - $1) <= 1e-15 })
    }

    /// Softmax cross-entropy from the probabilities, the Categorical −ℓ/n and the model's own
    /// log-sum-exp form agree to 1e-13 at every one of 200 steps of each optimizer.
    @Test(arguments: SoftmaxTrainingMethod.allCases)
    func crossEntropyIsTheCategoricalNegativeLogLikelihoodAtEveryStep(method: SoftmaxTrainingMethod) {
        let data = ClassClouds(seed: 3)
        var trainer = SoftmaxTrainer(
            method: method, features: data.features, labels: data.labels, classCount: 3, learningRate: 0.5)
        for _ in 0...200 {
            let probabilities = data.features.map(trainer.model.probabilities)
            let loss = softmaxCrossEntropy(probabilities: probabilities, labels: data.labels)
            let likelihood = categoricalMeanNegativeLogLikelihood(probabilities: probabilities, labels: data.labels)
            #expect(abs(loss - likelihood) <= 1e-13 * loss)
            #expect(abs(loss - trainer.loss) <= 1e-13 * loss)
            trainer.step()
        }
    }

    @Test func fullBatchDescentReachesScipysMLE() {
        var trainer = SoftmaxTrainer(
            method: .fullBatch, features: Self.features, labels: Self.labels, classCount: 3, learningRate: 2)
        while trainer.gradientNorm > 1e-11 && trainer.steps < 50_000 { trainer.step() }
        #expect(zip(trainer.model.parameters, Self.scipyMLE).allSatisfy { abs($0 - $1) <= 1e-7 })
        #expect(abs(trainer.loss - Self.scipyMinimum) <= 1e-13)
    }

    /// SGD and Adam on mini-batches of 16 with a decaying step reach the full-batch MLE: every
    /// parameter within 0.02 and the loss within 1e-4 after 4000 steps.
    @Test(arguments: [SoftmaxTrainingMethod.stochastic, .adam])
    func miniBatchMethodsReachTheSameMLE(method: SoftmaxTrainingMethod) {
        let data = ClassClouds(seed: 3)
        var exact = SoftmaxTrainer(
            method: .fullBatch, features: data.features, labels: data.labels, classCount: 3, learningRate: 2)
        while exact.gradientNorm > 1e-10 && exact.steps < 50_000 { exact.step() }
        #expect(exact.gradientNorm <= 1e-10)
        var trainer = SoftmaxTrainer(
            method: method, features: data.features, labels: data.labels, classCount: 3,
            learningRate: SoftmaxTrainer.defaultLearningRate(method))
        for _ in 0..<SoftmaxTrainer.stepsToSettle { trainer.step() }
        let gaps = zip(trainer.model.parameters, exact.model.parameters).map { abs($0 - $1) }
        #expect(gaps.allSatisfy { $0 <= SoftmaxTrainer.parameterTolerance }, "largest gap \(gaps.max() ?? 0)")
        #expect(abs(trainer.loss - exact.loss) <= SoftmaxTrainer.lossTolerance)
    }

    @Test func theBatchesAreRepeatableFromTheSeed() {
        let data = ClassClouds(seed: 3)
        func run() -> [Double] {
            var trainer = SoftmaxTrainer(
                method: .stochastic, features: data.features, labels: data.labels, classCount: 3, learningRate: 0.5,
                seed: 9)
            for _ in 0..<50 { trainer.step() }
            return trainer.model.parameters
        }
        let first = run()
        let second = run()
        #expect(first == second)
    }

    @Test func extremeLogitsStayFinite() {
        var model = SoftmaxRegression(classCount: 3, featureCount: 2)
        model.parameters = [1e300, 0, 0, -1e300, 0, 0]
        let p = model.probabilities([1, 0])
        #expect(p.allSatisfy { $0.isFinite })
        #expect(abs(p.reduce(0, +) - 1) <= 1e-15)
    }
}
