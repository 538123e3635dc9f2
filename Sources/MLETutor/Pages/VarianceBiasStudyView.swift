import MLECore

/// The Normal variance study: σ̂² = Σ(x − x̄)²/n centres below σ² by σ²/n, s² centres on σ², and
/// yet σ̂² lands closer on average (smaller mean squared error).
enum VarianceBiasStudyView {
    /// σ̂² on top and s² below, each with its exact density: σ²·χ²ₙ₋₁ divided by n or by n − 1,
    /// a Gamma with shape (n − 1)/2.
    static func draw(_ study: ReplicationStudy, into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let variance = study.truth
        let n = Double(study.sampleSize)
        let range = 0...(variance * (1 + 5 * (2 / (n - 1)).squareRoot()))
        let (top, bottom) = rect.splitTop(rect.height / 2)
        SimulationPlots.histogram(
            study.maximumLikelihood, truth: variance, title: "σ̂²", label: "MLE, /n", range: range,
            curve: curve(variance: variance, n: n, divisor: n)
        )
        .displayable(options).draw(into: &buffer, in: top, options: options)
        SimulationPlots.histogram(
            study.alternative, truth: variance, title: "s²", label: "s², /(n−1)", range: range, color: .magenta,
            curve: curve(variance: variance, n: n, divisor: n - 1)
        )
        .displayable(options).draw(into: &buffer, in: bottom, options: options)
    }

    /// The density of σ²·χ²ₙ₋₁/divisor: Gamma(shape (n − 1)/2, rate divisor/(2σ²)), peaking at its mode.
    private static func curve(variance: Double, n: Double, divisor: Double) -> SimulationPlots.DensityCurve {
        let distribution = Gamma(alpha: (n - 1) / 2, beta: divisor / (2 * variance))
        let mode = max(0, (distribution.alpha - 1) / distribution.beta)
        let density = { @Sendable (x: Double) in x > 0 ? Double.exp(distribution.logDensity(x)) : 0 }
        return SimulationPlots.DensityCurve(label: "exact density", peak: density(mode)) {
            density($0)
        }
    }

    static func readouts(_ study: ReplicationStudy) -> [StyledLine] {
        let n = study.sampleSize
        let mle = meanAndError(study.maximumLikelihood, truth: study.truth)
        let unbiased = meanAndError(study.alternative, truth: study.truth)
        let sigma = study.truth.squareRoot()
        return [
            StyledLine("Normal(μ = 0, σ = \(NumberText.fixed(sigma, decimals: 1))), n = \(n)", style: .heading),
            StyledLine("\(study.completed) samples; σ̂² divides by n, s² by n − 1", style: .muted),
            .empty,
            ReadoutPanel.entry("bias of σ̂²   ", mle.map { SimulationReadouts.signed($0.bias) } ?? "…"),
            ReadoutPanel.entry(
                "theory −σ²/n",
                SimulationReadouts.signed(VarianceBias.biasOfMaximumLikelihood(sigma: sigma, sampleSize: n))),
            ReadoutPanel.entry("bias of s²   ", unbiased.map { SimulationReadouts.signed($0.bias) } ?? "…"),
            .empty,
            ReadoutPanel.entry("MSE of σ̂²   ", mle.map { NumberText.fixed($0.meanSquaredError, decimals: 4) } ?? "…"),
            ReadoutPanel.entry(
                "MSE of s²    ", unbiased.map { NumberText.fixed($0.meanSquaredError, decimals: 4) } ?? "…"),
            .empty,
            StyledLine("MSE = mean of (estimate − σ²)².", style: .muted),
        ]
    }

    /// The mean error and the mean squared error of some estimates of `truth`, once there are two.
    private static func meanAndError(_ values: [Double], truth: Double) -> (bias: Double, meanSquaredError: Double)? {
        guard let spread = SimulationReadouts.spread(values) else { return nil }
        let bias = spread.mean - truth
        return (bias, spread.variance + bias * bias)
    }
}
