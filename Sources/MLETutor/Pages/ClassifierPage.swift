import MLECore

/// Logistic regression trained by gradient descent on two classes of points: the probability
/// field and the decision boundary behind the scatter, the weights, the loss over the steps, and
/// binary cross-entropy beside the Bernoulli negative log-likelihood, equal at every step.
/// A switch makes the classes separable, and the weights then grow without bound.
struct ClassifierPage: PageModel, TrainingPage {
    let seed: UInt64
    let pointsPerClass: Int
    let learningRate: Double
    private(set) var separable: Bool
    /// The mode the lesson file chose; the page's title is the file's while the page is in it.
    let startsSeparable: Bool
    var data: ClassifierData
    private(set) var model = LogisticRegression(weights: [0, 0], bias: 0)
    /// The mean negative log-likelihood before training and after each step.
    private(set) var losses: [Double] = []
    var animating = false

    /// Training stops here: in the separable case it would go on for ever.
    static let maximumSteps = 3000
    /// Steps per tick: on separable data the weights grow only like the log of the step count,
    /// so training runs faster there to show it.
    var stepsPerTick: Int { separable ? 10 : 3 }

    init(seed: UInt64, pointsPerClass: Int = 40, learningRate: Double = 1, separable: Bool = false) {
        self.seed = seed
        self.pointsPerClass = pointsPerClass
        self.learningRate = learningRate
        self.separable = separable
        startsSeparable = separable
        data = ClassifierData(seed: seed, pointsPerClass: pointsPerClass, separable: separable)
        losses = [negativeLogLikelihood]
        hasConverged = gradientVanished()
    }

    static let pageKind = PageKind(name: "classifier", fields: ["seed", "points", "learning-rate", "separable"]) {
        fields in
        let seed = fields.optionalInt("seed", in: 0...Int.max) ?? 1
        let points = fields.optionalInt("points", in: 5...500) ?? 40
        let rate = fields.optionalDouble("learning-rate", in: 0.001...10) ?? 1
        let separable = fields.optionalBool("separable") ?? false
        return ClassifierPage(seed: UInt64(seed), pointsPerClass: points, learningRate: rate, separable: separable)
    }

    /// The title of the other mode once the learner switches to it with `x`, so title and prose
    /// describe the data on screen.
    var heading: String? {
        guard separable != startsSeparable else { return nil }
        return separable ? "When the classes can be separated" : "When the classes overlap: the MLE exists"
    }

    /// Steps of gradient descent taken.
    var steps: Int { losses.count - 1 }

    /// Binary cross-entropy computed as a loss, from the predicted probabilities.
    var crossEntropy: Double {
        binaryCrossEntropy(probabilities: data.features.map(model.probability), labels: data.labels)
    }

    /// −ℓ/n computed from the Bernoulli model of the labels.
    var negativeLogLikelihood: Double {
        model.meanNegativeLogLikelihood(features: data.features, labels: data.labels)
    }

    /// ‖w‖, which grows without bound on separable data.
    var weightNorm: Double { model.weightNorm }

    /// Whether the gradient has vanished (to 1e-7), so further steps change nothing visible.
    /// Kept up to date as the model changes, so asking costs no pass over the data.
    private(set) var hasConverged = false

    private func gradientVanished() -> Bool {
        let g = model.gradient(features: data.features, labels: data.labels)
        return max(abs(g.weights[0]), abs(g.weights[1]), abs(g.bias)) < 1e-7
    }

    var canStep: Bool { steps < Self.maximumSteps && !hasConverged }

    mutating func step() {
        model.gradientDescentStep(features: data.features, labels: data.labels, learningRate: learningRate)
        losses.append(negativeLogLikelihood)
        hasConverged = gradientVanished()
    }

    mutating func reset() {
        data = ClassifierData(seed: seed, pointsPerClass: pointsPerClass, separable: separable)
        model = LogisticRegression(weights: [0, 0], bias: 0)
        losses = [negativeLogLikelihood]
        hasConverged = gradientVanished()
        animating = false
    }

    var wantsTicks: Bool { animating }
    /// The checkpoint: trained until another step would change nothing (converged, or stopped
    /// at the step limit on separable data).
    var checkpointMet: Bool? { !canStep }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        if let response = handleTraining(event) { return response }
        switch event {
        case .key(.character("x")):
            separable.toggle()
            reset()
        case .key(.character("r")):
            reset()
        default:
            return .ignored
        }
        return .handled
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [
            KeyHint("s", "step"), KeyHint("g", animating ? "pause" : "train"),
            KeyHint("x", separable ? "overlapping" : "separable"), KeyHint("r", "reset"),
        ]
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let (plotArea, panel) = ReadoutPanel.split(rect)
        plot.displayable(options).draw(into: &buffer, in: plotArea, options: options)
        ReadoutPanel.draw(readouts(width: panel.width, options: options), into: &buffer, in: panel, options: options)
    }

    var plot: Plot {
        let model = self.model
        let extent = data.extent
        let points = zip(data.features, data.labels)
        let zeros = points.filter { $0.1 == 0 }.map { PlotPoint($0.0[0], $0.0[1]) }
        let ones = points.filter { $0.1 == 1 }.map { PlotPoint($0.0[0], $0.0[1]) }
        return Plot(
            x: PlotAxis(title: "x₁", range: -extent...extent),
            y: PlotAxis(title: "x₂", range: -extent...extent),
            series: [
                .surface(
                    Surface(valueRange: 0...1, colorScale: .diverging, contourLevels: [0.5], showsColorBar: false) {
                        x1, x2 in
                        model.probability([x1, x2])
                    }),
                .points(zeros, marker: .circle, color: .blue, label: "y = 0"),
                .points(ones, marker: .cross, color: .red, label: "y = 1"),
            ])
    }

    func readouts(width: Int, options: DisplayOptions) -> [StyledLine] {
        let crossEntropy = self.crossEntropy
        let nll = negativeLogLikelihood
        let agree = abs(crossEntropy - nll) <= 1e-12 * max(1, nll)
        var lines = [
            StyledLine("step \(steps)" + (animating ? " (training)" : ""), style: .heading),
            ReadoutPanel.entry("w₁ =", NumberText.fixed(model.weights[0], decimals: 4)),
            ReadoutPanel.entry("w₂ =", NumberText.fixed(model.weights[1], decimals: 4)),
            ReadoutPanel.entry("b  =", NumberText.fixed(model.bias, decimals: 4)),
            ReadoutPanel.entry("‖w‖ =", NumberText.fixed(weightNorm, decimals: 4)),
            .empty,
            ReadoutPanel.entry("cross-entropy ", NumberText.fixed(crossEntropy, decimals: 6)),
            ReadoutPanel.entry("Bernoulli −ℓ/n", NumberText.fixed(nll, decimals: 6)),
            StyledLine(agree ? "equal to 12 digits" : "they differ", style: agree ? .success : .failure),
            .empty,
            StyledLine("loss over the steps", style: .muted),
            StyledLine(Sparkline.line(losses, width: width, unicode: options.unicode), style: .accent),
        ]
        if separable {
            lines += [
                .empty,
                StyledLine("Separable: the loss falls toward 0 and ‖w‖ keeps growing. No MLE exists.", style: .warning),
            ]
        } else if !canStep && steps > 0 {
            lines += [
                .empty,
                StyledLine(
                    hasConverged ? "Converged: this is the MLE." : "Stopped after \(steps) steps.", style: .muted),
            ]
        }
        return lines
    }
}

extension Style {
    /// A warning in prose: bold yellow, so it is not taken for a formula and is wrapped as words.
    static let warning = Style(foreground: .yellow, bold: true)
}
