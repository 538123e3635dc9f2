import MLECore

/// The plot and readouts of the score study: the score at the true λ over many samples, against
/// the normal curve with mean 0 and variance n·I(λ) that the theory gives it.
enum ScoreStudyView {
    static func plot(_ study: ScoreStudy) -> Plot {
        let sd = study.sampleInformation.squareRoot()
        // The score n/λ − Σx has a long left tail (Σx is skewed right), so the range leans left.
        let range = (-5 * sd)...(4 * sd)
        let histogram = DensityHistogram(study.scores, range: range, bins: SimulationPlots.bins)
        let limit = Normal(mu: 0, sigma: sd)
        let top = max(Double.exp(limit.logDensity(0)), histogram.heights.max() ?? 0) * 1.1
        return Plot(
            x: PlotAxis(title: "U(λ)", range: range),
            y: PlotAxis(title: "density", range: 0...top),
            series: [
                histogram.series(color: .cyan, label: "score at true λ"),
                .curve(color: .yellow, label: "N(0, n·I(λ))") { Double.exp(limit.logDensity($0)) },
                .verticalLine(x: 0, color: .green, label: nil),
            ])
    }

    static func readouts(_ study: ScoreStudy) -> [StyledLine] {
        let spread = SimulationReadouts.spread(study.scores)
        return [
            StyledLine(
                "Exponential(λ = \(NumberText.fixed(study.lambda, decimals: 1))), n = \(study.sampleSize)",
                style: .heading),
            StyledLine("\(study.completed) samples; U(λ) = n/λ − Σx at the true λ", style: .muted),
            .empty,
            ReadoutPanel.entry("mean of U   ", spread.map { NumberText.fixed($0.mean, decimals: 3) } ?? "…"),
            ReadoutPanel.entry("Var(U)      ", spread.map { NumberText.fixed($0.variance, decimals: 3) } ?? "…"),
            ReadoutPanel.entry("n·I(λ)      ", NumberText.fixed(study.sampleInformation, decimals: 3)),
            .empty,
            StyledLine("Theory: mean 0, variance n·I(λ) = n/λ². The curve is N(0, n·I(λ)).", style: .muted),
        ]
    }
}
