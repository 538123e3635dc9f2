import MLECore

/// The plots of the simulation pages, drawn from the estimates gathered so far.
enum SimulationPlots {
    static let bins = 28

    /// λ̂ against n on a log axis, with the truth and the band λ ± 2·λ/√n the MLE's limiting
    /// normal distribution puts 95 % of estimates in.
    static func consistency(_ run: ConsistencyRun) -> Plot {
        let lambda = run.lambda
        let points = zip(run.checkpoints, run.estimates).map { PlotPoint(Double($0), $1) }
        let halfWidth = { @Sendable (n: Double) in
            2 * (1 / (n * FisherInformation.exponentialRate(lambda: lambda))).squareRoot()
        }
        return Plot(
            x: PlotAxis(title: "n", range: Double(run.checkpoints[0])...Double(run.maximumSize), scale: .log10),
            y: PlotAxis(title: "λ̂", range: (lambda * 0.2)...(lambda * 2.2)),
            series: [
                .horizontalLine(y: lambda, color: .green, label: "true λ"),
                .curve(color: .blue, label: "λ ± 2/√(n·I)") { lambda + halfWidth($0) },
                .curve(color: .blue) { lambda - halfWidth($0) },
                .line(points, color: .yellow, label: "λ̂ after n draws"),
            ])
    }

    static func draw(
        _ replications: ReplicationStudy, into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions
    ) {
        switch replications.design {
        case .exponentialRate:
            histogram(
                replications.maximumLikelihood, of: replications, title: "λ̂", label: "MLE λ̂",
                range: limitingRange(replications)
            )
            .displayable(options).draw(into: &buffer, in: rect, options: options)
        case .gammaShape:
            let range = sharedRange(replications)
            let (top, bottom) = rect.splitTop(rect.height / 2)
            histogram(replications.maximumLikelihood, of: replications, title: "α̂", label: "MLE", range: range)
                .displayable(options).draw(into: &buffer, in: top, options: options)
            histogram(
                replications.alternative, of: replications, title: "α̃", label: "moments", range: range, color: .magenta
            )
            .displayable(options).draw(into: &buffer, in: bottom, options: options)
        case .normalSpread:
            invariance(replications).displayable(options).draw(into: &buffer, in: rect, options: options)
        case .uniformMaximum:
            UniformMaximumStudyView.draw(replications, into: &buffer, in: rect, options: options)
        case .normalVariance:
            VarianceBiasStudyView.draw(replications, into: &buffer, in: rect, options: options)
        case .gammaShapeContaminated:
            RobustnessStudyView.draw(replications, into: &buffer, in: rect, options: options)
        }
    }

    /// A density histogram of `values` with the normal curve N(θ, 1/(n·I(θ))) over it.
    static func histogram(
        _ values: [Double], of study: ReplicationStudy, title: String, label: String,
        range: ClosedRange<Double>, color: TerminalColor = .cyan
    ) -> Plot {
        let limit = Normal(mu: study.truth, sigma: study.cramerRaoBound.squareRoot())
        return histogram(
            values, truth: study.truth, title: title, label: label, range: range, color: color,
            curve: DensityCurve(label: "N(θ, 1/(n·I))", peak: Double.exp(limit.logDensity(study.truth))) {
                Double.exp(limit.logDensity($0))
            })
    }

    /// A density drawn over a histogram: its legend label, its highest value, and the function.
    struct DensityCurve {
        var label: String
        var peak: Double
        var density: @Sendable (Double) -> Double
    }

    /// A density histogram of `values` with `curve` over it and the truth marked.
    static func histogram(
        _ values: [Double], truth: Double, title: String, label: String, range: ClosedRange<Double>,
        color: TerminalColor = .cyan, curve: DensityCurve
    ) -> Plot {
        let histogram = DensityHistogram(values, range: range, bins: bins)
        let top = max(curve.peak, histogram.heights.max() ?? 0) * 1.1
        return Plot(
            x: PlotAxis(title: title, range: range),
            y: PlotAxis(title: "density", range: 0...top),
            series: [
                histogram.series(color: color, label: label),
                .curve(color: .yellow, label: curve.label, curve.density),
                .verticalLine(x: truth, color: .green, label: nil),
            ])
    }

    /// σ̂ from ℓ(σ) against √(σ̂²) from ℓ(σ²): every point on the diagonal.
    static func invariance(_ study: ReplicationStudy) -> Plot {
        let points = zip(study.alternative, study.maximumLikelihood).map { PlotPoint($0, $1) }
        let low = min(study.alternative.min() ?? 1, study.truth * 0.5)
        let high = max(study.alternative.max() ?? 3, study.truth * 1.5)
        return Plot(
            x: PlotAxis(title: "√(σ̂²)", range: low...high),
            y: PlotAxis(title: "σ̂", range: low...high),
            series: [
                .line([PlotPoint(low, low), PlotPoint(high, high)], color: .green, label: "σ̂ = √(σ̂²)"),
                .points(points, marker: .circle, color: .yellow, label: "one sample each"),
            ])
    }

    /// Truth ± 4 standard deviations of the limiting normal distribution.
    static func limitingRange(_ study: ReplicationStudy) -> ClosedRange<Double> {
        let sd = study.cramerRaoBound.squareRoot()
        return max(0, study.truth - 4 * sd)...(study.truth + 4.5 * sd)
    }

    /// A range wide enough for the method of moments, the wider of the two.
    static func sharedRange(_ study: ReplicationStudy) -> ClosedRange<Double> {
        let sd = study.cramerRaoBound.squareRoot()
        return max(0, study.truth - 5 * sd)...(study.truth + 6 * sd)
    }
}
