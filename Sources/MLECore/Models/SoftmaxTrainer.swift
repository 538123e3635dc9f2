import RealModule

/// How a `SoftmaxTrainer` moves the parameters θ of a softmax regression, with g the gradient of
/// the mean negative log-likelihood.
public enum SoftmaxTrainingMethod: String, Sendable, Hashable, CaseIterable {
    /// Full-batch gradient descent: θ ← θ − η·g, with g over every point.
    case fullBatch = "full-batch GD"
    /// Stochastic gradient descent: θ ← θ − ηₜ·g_B, with g_B over a mini-batch B of the points,
    /// taken in a shuffled order that is drawn afresh every pass (epoch).
    case stochastic = "mini-batch SGD"
    /// Adam on mini-batches: m ← β₁m + (1 − β₁)g_B, v ← β₂v + (1 − β₂)g_B², and
    /// θ ← θ − ηₜ·m̂/(√v̂ + ε), with m̂ and v̂ corrected for their start at zero.
    case adam = "Adam"
}

/// One optimizer training a softmax regression step by step on fixed data: what the
/// deep-learning page races and the tests check.
///
/// A mini-batch gradient is a noisy estimate of the full one, so SGD and Adam with a fixed step
/// would jitter around the MLE for ever; their step ηₜ = η/(1 + t/τ) shrinks, and they settle
/// at the same MLE as full-batch descent.
public struct SoftmaxTrainer: Sendable {
    /// Which update rule.
    public let method: SoftmaxTrainingMethod
    /// η, the initial step size.
    public let learningRate: Double
    /// B, the points per mini-batch (all of them for full-batch descent).
    public let batchSize: Int
    /// τ, the number of steps over which the mini-batch step halves.
    public let decaySteps: Double
    /// The model being trained.
    public private(set) var model: SoftmaxRegression
    /// Updates taken so far.
    public private(set) var steps = 0
    private let features: [[Double]]
    private let labels: [Int]
    private var generator: SeededGenerator
    private var order: [Int] = []
    private var position = 0
    private var firstMoment: [Double]
    private var secondMoment: [Double]

    /// Adam's decay rates and its guard against dividing by zero.
    public static let adamBeta1 = 0.9
    public static let adamBeta2 = 0.999
    public static let adamEpsilon = 1e-8

    /// A trainer from all-zero parameters.
    ///
    /// - Precondition: valid data (one row of `featureCount` values per label in 0..<K), η > 0,
    ///   B ≥ 1, τ > 0.
    public init(
        method: SoftmaxTrainingMethod, features: [[Double]], labels: [Int], classCount: Int, learningRate: Double,
        batchSize: Int = 16, decaySteps: Double = 200, seed: UInt64 = 1
    ) {
        SoftmaxRegression.checkData(features, labels, classCount: classCount)
        precondition(learningRate > 0 && learningRate.isFinite, "η must be finite and > 0")
        precondition(batchSize >= 1 && decaySteps > 0, "need B ≥ 1 and τ > 0")
        self.method = method
        self.learningRate = learningRate
        self.batchSize = method == .fullBatch ? labels.count : min(batchSize, labels.count)
        self.decaySteps = decaySteps
        self.features = features
        self.labels = labels
        model = SoftmaxRegression(classCount: classCount, featureCount: features[0].count)
        generator = SeededGenerator(seed: seed)
        firstMoment = Array(repeating: 0, count: model.parameterCount)
        secondMoment = firstMoment
    }

    /// The step size of the next update: η for full-batch descent, η/(1 + t/τ) otherwise.
    public var currentStepSize: Double {
        method == .fullBatch ? learningRate : learningRate / (1 + Double(steps) / decaySteps)
    }

    /// The mean negative log-likelihood on all the data, now.
    public var loss: Double { model.meanNegativeLogLikelihood(features: features, labels: labels) }

    /// The length of the full-data gradient: 0 exactly at the MLE.
    public var gradientNorm: Double {
        model.gradient(features: features, labels: labels).reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// One update.
    ///
    /// - Complexity: O(B·K·d).
    public mutating func step() {
        let eta = currentStepSize
        let rows = method == .fullBatch ? nil : nextBatch()
        let g = model.gradient(features: features, labels: labels, rows: rows)
        steps += 1
        switch method {
        case .fullBatch, .stochastic:
            for i in g.indices { model.parameters[i] -= eta * g[i] }
        case .adam:
            let (b1, b2) = (Self.adamBeta1, Self.adamBeta2)
            let correction1 = 1 - Double.pow(b1, Double(steps))
            let correction2 = 1 - Double.pow(b2, Double(steps))
            for i in g.indices {
                firstMoment[i] = b1 * firstMoment[i] + (1 - b1) * g[i]
                secondMoment[i] = b2 * secondMoment[i] + (1 - b2) * g[i] * g[i]
                let mHat = firstMoment[i] / correction1
                let vHat = secondMoment[i] / correction2
                model.parameters[i] -= eta * mHat / (vHat.squareRoot() + Self.adamEpsilon)
            }
        }
    }

    /// The next B indices of a shuffled pass over the data, reshuffling when a pass ends.
    private mutating func nextBatch() -> [Int] {
        var batch: [Int] = []
        while batch.count < batchSize {
            if position == order.count {
                order = Array(labels.indices).shuffled(using: &generator)
                position = 0
            }
            batch.append(order[position])
            position += 1
        }
        return batch
    }
}

extension SoftmaxTrainer {
    /// The initial step size that suits each method on the course's softmax data.
    public static func defaultLearningRate(_ method: SoftmaxTrainingMethod) -> Double {
        switch method {
        case .fullBatch: return 1
        case .stochastic: return 1
        case .adam: return 0.1
        }
    }

    /// The steps after which SGD and Adam sit within `parameterTolerance` of the MLE.
    public static let stepsToSettle = 4000
    /// How close each parameter of the mini-batch methods comes to the full-batch MLE.
    public static let parameterTolerance = 0.02
    /// How close their loss comes to the minimum.
    public static let lossTolerance = 1e-4
}
