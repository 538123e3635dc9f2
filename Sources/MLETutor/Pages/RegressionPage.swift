import MLECore

/// A line fitted to points with Gaussian noise, by gradient descent one step at a time or at once
/// by least squares: the residuals drawn, and the MSE beside the Gaussian negative log-likelihood,
/// with σ̂² = MSE.
struct RegressionPage: PageModel, TrainingPage {
    let seed: UInt64
    let x: [Double]
    let y: [Double]
    let learningRate: Double
    private(set) var line = LinearRegression(slope: 0, intercept: 0)
    private(set) var steps = 0
    var animating = false
    /// The least-squares line, the target of every step.
    let leastSquares: LinearRegression

    static let maximumSteps = 2000
    let stepsPerTick = 1

    init(
        seed: UInt64, count: Int = 30, slope: Double = 1.5, intercept: Double = 0.5, noise: Double = 1,
        learningRate: Double = 0.05
    ) {
        self.seed = seed
        self.learningRate = learningRate
        var generator = SeededGenerator(seed: seed)
        let noiseModel = Normal(mu: 0, sigma: noise)
        var xs: [Double] = []
        var ys: [Double] = []
        for _ in 0..<count {
            let xi = 6 * StandardDraws.openUnit(using: &generator) - 3
            xs.append(xi)
            ys.append(slope * xi + intercept + noiseModel.sample(using: &generator))
        }
        x = xs
        y = ys
        leastSquares = LinearRegression(leastSquares: xs, ys)
    }

    static let pageKind = PageKind(
        name: "regression", fields: ["seed", "points", "slope", "intercept", "noise", "learning-rate"]
    ) { fields in
        let seed = fields.optionalInt("seed", in: 0...Int.max) ?? 1
        let points = fields.optionalInt("points", in: 3...500) ?? 30
        let slope = fields.optionalDouble("slope", in: -10...10) ?? 1.5
        let intercept = fields.optionalDouble("intercept", in: -10...10) ?? 0.5
        let noise = fields.optionalDouble("noise", in: 0.01...10) ?? 1
        let rate = fields.optionalDouble("learning-rate", in: 0.0001...0.15) ?? 0.05
        return RegressionPage(
            seed: UInt64(seed), count: points, slope: slope, intercept: intercept, noise: noise, learningRate: rate)
    }

    /// MSE of the current line.
    var meanSquaredError: Double { line.meanSquaredError(x, y) }

    /// −ℓ of the current line at its best noise level σ̂ = √MSE, summed over the points.
    var negativeLogLikelihood: Double { negativeLogLikelihood(noiseSD: line.noiseEstimate(x, y)) }

    private func negativeLogLikelihood(noiseSD: Double) -> Double {
        line.negativeLogLikelihood(x, y, noiseSD: noiseSD)
    }

    var isAtLeastSquares: Bool {
        abs(line.slope - leastSquares.slope) <= 1e-9 && abs(line.intercept - leastSquares.intercept) <= 1e-9
    }

    var canStep: Bool { steps < Self.maximumSteps && !isAtLeastSquares }

    mutating func step() {
        line.gradientDescentStep(x, y, learningRate: learningRate)
        steps += 1
    }

    var wantsTicks: Bool { animating }
    /// The checkpoint: trained until another step would change nothing.
    var checkpointMet: Bool? { !canStep }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        if let response = handleTraining(event) { return response }
        switch event {
        case .key(.character("f")):
            animating = false
            line = leastSquares
        case .key(.character("r")):
            line = LinearRegression(slope: 0, intercept: 0)
            steps = 0
            animating = false
        default:
            return .ignored
        }
        return .handled
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [
            KeyHint("s", "step"), KeyHint("g", animating ? "pause" : "descend"), KeyHint("f", "least squares"),
            KeyHint("r", "reset"),
        ]
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let (plotArea, panel) = ReadoutPanel.split(rect)
        plot.displayable(options).draw(into: &buffer, in: plotArea, options: options)
        ReadoutPanel.draw(readouts, into: &buffer, in: panel, options: options)
    }

    var plot: Plot {
        let points = zip(x, y).map { PlotPoint($0, $1) }
        let residuals = zip(x, y).map { (PlotPoint($0, $1), PlotPoint($0, line.predict($0))) }
        let (low, high) = (x.min() ?? -3, x.max() ?? 3)
        return Plot(
            x: PlotAxis(title: "x"),
            y: PlotAxis(title: "y"),
            series: [
                .segments(residuals, color: .yellow, label: "residual"),
                .line(
                    [PlotPoint(low, line.predict(low)), PlotPoint(high, line.predict(high))], color: .cyan,
                    label: "ŷ = wx + b"),
                .points(points, marker: .circle, color: .white, label: nil),
            ])
    }

    var readouts: [StyledLine] {
        let mse = meanSquaredError
        let sigmaHat = line.noiseEstimate(x, y)
        let nll = negativeLogLikelihood(noiseSD: sigmaHat)
        let fromMSE = LinearRegression.negativeLogLikelihoodAtBestNoise(meanSquaredError: mse, count: x.count)
        return [
            StyledLine(
                isAtLeastSquares ? "least squares (closed form)" : "step \(steps)" + (animating ? " (descending)" : ""),
                style: .heading),
            ReadoutPanel.entry("w =", NumberText.fixed(line.slope, decimals: 4)),
            ReadoutPanel.entry("b =", NumberText.fixed(line.intercept, decimals: 4)),
            .empty,
            ReadoutPanel.entry("MSE        =", NumberText.fixed(mse, decimals: 5)),
            ReadoutPanel.entry("σ̂² = MSE   =", NumberText.fixed(sigmaHat * sigmaHat, decimals: 5)),
            .empty,
            StyledLine("Gaussian −ℓ at σ̂, over all points:", style: .muted),
            ReadoutPanel.entry("from densities", NumberText.fixed(nll, decimals: 4)),
            ReadoutPanel.entry("from the MSE  ", NumberText.fixed(fromMSE, decimals: 4)),
            StyledLine("(n/2)(log(2π·MSE) + 1)", style: .muted),
            .empty,
            StyledLine("least-squares line:", style: .muted),
            StyledLine(
                "w = \(NumberText.fixed(leastSquares.slope, decimals: 4))  b = \(NumberText.fixed(leastSquares.intercept, decimals: 4))",
                style: .muted),
        ]
    }
}
