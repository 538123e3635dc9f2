import MLECore

/// Three classes of points and three optimizers training one softmax regression on them:
/// full-batch gradient descent, mini-batch SGD and Adam, their losses on one plot against the
/// steps (`v` shows the points and the classes the full-batch model predicts instead), and the
/// softmax cross-entropy beside the Categorical −ℓ/n at every step.
///
/// ```yaml
/// - kind: softmax-race
///   title: Three optimizers, one likelihood
///   prompt: ...              # optional
///   seed: 3
///   points: 40               # per class, 5 to 200
///   view: loss               # or data
/// ```
struct SoftmaxRacePage: PageModel, TrainingPage {
    var prompt: String?
    let data: ClassClouds
    private(set) var trainers: [SoftmaxTrainer]
    /// The full-data loss of each trainer before training and after each step.
    private(set) var losses: [[Double]]
    private(set) var showsData: Bool
    var animating = false

    /// Steps per tick while playing: SGD needs thousands, so the race runs fast.
    let stepsPerTick = 20

    static let colors: [TerminalColor] = [.yellow, .magenta, .green]
    static let markers: [PointMarker] = [.circle, .cross, .triangle]

    static let pageKind = PageKind(name: "softmax-race", fields: ["prompt", "seed", "points", "view"]) { fields in
        let seed = fields.optionalInt("seed", in: 0...Int.max) ?? 3
        let points = fields.optionalInt("points", in: 5...200) ?? 40
        var showsData = false
        if let view = fields.optionalString("view") {
            guard ["loss", "data"].contains(view) else {
                fields.reportUnknown("view", view, among: ["loss", "data"], field: "view")
                return nil
            }
            showsData = view == "data"
        }
        return SoftmaxRacePage(
            data: ClassClouds(seed: UInt64(seed), pointsPerClass: points), showsData: showsData,
            prompt: fields.optionalString("prompt"))
    }

    init(data: ClassClouds, showsData: Bool = false, prompt: String? = nil) {
        self.data = data
        self.showsData = showsData
        self.prompt = prompt
        trainers = Self.freshTrainers(data)
        losses = trainers.map { [$0.loss] }
    }

    private static func freshTrainers(_ data: ClassClouds) -> [SoftmaxTrainer] {
        SoftmaxTrainingMethod.allCases.map { method in
            SoftmaxTrainer(
                method: method, features: data.features, labels: data.labels, classCount: data.classCount,
                learningRate: SoftmaxTrainer.defaultLearningRate(method))
        }
    }

    var steps: Int { trainers[0].steps }
    var canStep: Bool { steps < SoftmaxTrainer.stepsToSettle }

    mutating func step() {
        for index in trainers.indices {
            trainers[index].step()
            losses[index].append(trainers[index].loss)
        }
    }

    /// The largest difference between a parameter of SGD or Adam and the same parameter of
    /// full-batch descent.
    var largestGap: Double {
        let reference = trainers[0].model.parameters
        return trainers.dropFirst().flatMap { trainer in
            zip(trainer.model.parameters, reference).map { abs($0 - $1) }
        }.max() ?? 0
    }

    /// Met once the race has run its course and the three agree within the stated tolerance.
    var checkpointMet: Bool? { !canStep && largestGap <= SoftmaxTrainer.parameterTolerance }

    var wantsTicks: Bool { animating }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        if let response = handleTraining(event) { return response }
        switch event {
        case .key(.character("v")): showsData.toggle()
        case .key(.character("r")):
            trainers = Self.freshTrainers(data)
            losses = trainers.map { [$0.loss] }
            animating = false
        default: return .ignored
        }
        return .handled
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [
            KeyHint("s", "step"), KeyHint("g", animating ? "pause" : "train"),
            KeyHint("v", showsData ? "losses" : "points"), KeyHint("r", "reset"),
        ]
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let top = PageText.prompt(prompt, width: rect.width)
        let bottom = readouts
        PageText.layout(top: top, bottom: bottom, into: &buffer, in: rect, options: options) { buffer, area in
            (showsData ? dataPlot : lossPlot).displayable(options).draw(into: &buffer, in: area, options: options)
        }
    }

    /// Each optimizer's loss against the step, on a log scale of steps so the first few and the
    /// last thousand both show.
    var lossPlot: Plot {
        let highest = losses.compactMap(\.first).max() ?? 1
        let lowest = losses.flatMap { $0 }.min() ?? 0
        let series: [PlotSeries] = zip(trainers, losses).enumerated().map { index, pair in
            let points = pair.1.enumerated().dropFirst().map { PlotPoint(Double($0.offset), $0.element) }
            return .line(points, color: Self.colors[index], label: pair.0.method.rawValue)
        }
        return Plot(
            x: PlotAxis(title: "step", range: 1...Double(max(steps, 10)), scale: .log10),
            y: PlotAxis(title: "−ℓ/n", range: (lowest - 0.02 * (highest - lowest))...highest), series: series)
    }

    /// The points by class, over the class the full-batch model predicts at each place.
    var dataPlot: Plot {
        let model = trainers[0].model
        let extent = (data.features.joined().map(abs).max() ?? 1).rounded(.up)
        var series: [PlotSeries] = [
            .surface(
                Surface(valueRange: 0...Double(data.classCount - 1), showsColorBar: false) { x1, x2 in
                    let p = model.probabilities([x1, x2])
                    return Double(p.indices.max { p[$0] < p[$1] } ?? 0)
                })
        ]
        for k in 0..<data.classCount {
            let points = zip(data.features, data.labels).filter { $0.1 == k }.map { PlotPoint($0.0[0], $0.0[1]) }
            series.append(
                .points(points, marker: Self.markers[k % 3], color: Self.colors[k % 3], label: "class \(k + 1)"))
        }
        return Plot(
            x: PlotAxis(title: "x₁", range: -extent...extent), y: PlotAxis(title: "x₂", range: -extent...extent),
            series: series)
    }

    /// One line per optimizer, the identity, and how far apart the three are.
    var readouts: [(String, Style)] {
        var lines: [(String, Style)] = trainers.map { trainer in
            let name = trainer.method.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)
            return (
                "\(name) −ℓ/n = \(NumberText.fixed(trainer.loss, decimals: 6))   "
                    + "step size \(ReadoutFormat.compact(trainer.currentStepSize, digits: 3))",
                Style.plain
            )
        }
        let probabilities = data.features.map(trainers[0].model.probabilities)
        let crossEntropy = softmaxCrossEntropy(probabilities: probabilities, labels: data.labels)
        let likelihood = categoricalMeanNegativeLogLikelihood(probabilities: probabilities, labels: data.labels)
        let agree = abs(crossEntropy - likelihood) <= 1e-12 * max(1, likelihood)
        lines.append(
            (
                "step \(steps): cross-entropy \(NumberText.fixed(crossEntropy, decimals: 9)) "
                    + (agree ? "= " : "≠ ") + "Categorical −ℓ/n \(NumberText.fixed(likelihood, decimals: 9))",
                agree ? .success : .failure
            ))
        let gap = "largest parameter gap to full-batch: \(ReadoutFormat.compact(largestGap, digits: 3))"
        if canStep {
            lines.append((gap + (animating ? "   training" : ""), .muted))
        } else {
            let within = largestGap <= SoftmaxTrainer.parameterTolerance
            lines.append(
                (
                    gap + (within ? ", within " : ", outside ")
                        + ReadoutFormat.compact(SoftmaxTrainer.parameterTolerance), within ? .success : .failure
                ))
        }
        return lines
    }
}
