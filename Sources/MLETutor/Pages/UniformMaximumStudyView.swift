import MLECore

/// The Uniform(0, θ) study: where a regularity condition fails (the support depends on θ), the
/// MLE θ̂ = max x piles up just below θ at distance about θ/n, with a one-sided, non-normal
/// spread, while the method of moments θ̃ = 2x̄ spreads as a bell of width θ/√(3n).
enum UniformMaximumStudyView {
    /// θ̂ on top with its exact density n·xⁿ⁻¹/θⁿ, θ̃ below with its normal limit, on one x range.
    static func draw(_ study: ReplicationStudy, into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let theta = study.truth
        let n = Double(study.sampleSize)
        let momentsSD = theta / (3 * n).squareRoot()
        let range = max(0, theta - 4 * momentsSD)...(theta + 4 * momentsSD)
        let maximum = SimulationPlots.DensityCurve(label: "exact density", peak: n / theta) { x in
            x < 0 || x > theta ? 0 : n / theta * Double.pow(x / theta, n - 1)
        }
        let limit = Normal(mu: theta, sigma: momentsSD)
        let moments = SimulationPlots.DensityCurve(
            label: "N(θ, θ²/(3n))", peak: Double.exp(limit.logDensity(theta))
        ) { Double.exp(limit.logDensity($0)) }
        let (top, bottom) = rect.splitTop(rect.height / 2)
        SimulationPlots.histogram(
            study.maximumLikelihood, truth: theta, title: "θ̂", label: "MLE", range: range, curve: maximum
        )
        .displayable(options).draw(into: &buffer, in: top, options: options)
        SimulationPlots.histogram(
            study.alternative, truth: theta, title: "θ̃", label: "moments", range: range, color: .magenta,
            curve: moments
        )
        .displayable(options).draw(into: &buffer, in: bottom, options: options)
    }

    /// The bias of θ̂ and both spreads, each scaled by its rate: n·SD(θ̂) and √n·SD(θ̃) stay put as
    /// n changes, which is what "converges at rate 1/n" and "at rate 1/√n" mean.
    static func readouts(_ study: ReplicationStudy) -> [StyledLine] {
        let n = study.sampleSize
        let mle = SimulationReadouts.spread(study.maximumLikelihood)
        let moments = SimulationReadouts.spread(study.alternative)
        let rootN = Double(n).squareRoot()
        return [
            StyledLine("Uniform(0, θ = \(NumberText.fixed(study.truth, decimals: 1))), n = \(n)", style: .heading),
            StyledLine("\(study.completed) samples; θ̂ = max x, θ̃ = 2x̄", style: .muted),
            .empty,
            ReadoutPanel.entry("bias of θ̂  ", mle.map { SimulationReadouts.signed($0.mean - study.truth) } ?? "…"),
            ReadoutPanel.entry("bias of θ̃  ", moments.map { SimulationReadouts.signed($0.mean - study.truth) } ?? "…"),
            ReadoutPanel.entry(
                "n·SD(θ̂)    ", mle.map { NumberText.fixed(Double(n) * $0.variance.squareRoot(), decimals: 3) } ?? "…"),
            ReadoutPanel.entry(
                "√(n)·SD(θ̂) ", mle.map { NumberText.fixed(rootN * $0.variance.squareRoot(), decimals: 3) } ?? "…"),
            ReadoutPanel.entry(
                "√(n)·SD(θ̃) ", moments.map { NumberText.fixed(rootN * $0.variance.squareRoot(), decimals: 3) } ?? "…"),
            .empty,
            StyledLine("Support [0, θ] moves with θ: no Fisher information, no bell.", style: .muted),
        ]
    }
}
