import MLECore

/// The wild value of the robustness study: none, one far in the right tail, or one near 0.
enum Contamination: Sendable, CaseIterable {
    case none
    /// 30, fifteen times the Gamma(2, 1) mean: it inflates s², and α̃ = x̄²/s² with it.
    case largeValue
    /// 0.001: its logarithm, about −6.9, drags mean(log x) down, and α̂ with it.
    case tinyValue

    /// The value that replaces the last of each sample, if any.
    var replacement: Double? {
        switch self {
        case .none: return nil
        case .largeValue: return 30
        case .tinyValue: return 0.001
        }
    }

    /// The next setting `c` moves to.
    var next: Contamination {
        switch self {
        case .none: return .largeValue
        case .largeValue: return .tinyValue
        case .tinyValue: return .none
        }
    }

    var description: String {
        switch self {
        case .none: return "no wild value"
        case .largeValue: return "one value replaced by 30"
        case .tinyValue: return "one value replaced by 0.001"
        }
    }
}

/// The robustness study: where each estimator lands, on average, with one wild value among n.
enum RobustnessStudyView {
    /// α̂ on top and α̃ below, as in the efficiency study, over a range wide enough for wherever
    /// the wild value pushed them; the curve is where a clean sample's MLE would fall.
    static func draw(_ study: ReplicationStudy, into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        var range = SimulationPlots.sharedRange(study)
        for values in [study.maximumLikelihood, study.alternative] {
            guard let spread = SimulationReadouts.spread(values) else { continue }
            let sd = spread.variance.squareRoot()
            range = min(range.lowerBound, max(0, spread.mean - 4 * sd))...max(range.upperBound, spread.mean + 4 * sd)
        }
        let (top, bottom) = rect.splitTop(rect.height / 2)
        SimulationPlots.histogram(study.maximumLikelihood, of: study, title: "α̂", label: "MLE", range: range)
            .displayable(options).draw(into: &buffer, in: top, options: options)
        SimulationPlots.histogram(
            study.alternative, of: study, title: "α̃", label: "moments", range: range, color: .magenta
        )
        .displayable(options).draw(into: &buffer, in: bottom, options: options)
    }

    static func readouts(_ study: ReplicationStudy) -> [StyledLine] {
        guard case .gammaShapeContaminated(_, _, let replacement) = study.design else { return [] }
        let contamination = Contamination.allCases.first { $0.replacement == replacement } ?? .none
        let mle = SimulationReadouts.spread(study.maximumLikelihood)
        let moments = SimulationReadouts.spread(study.alternative)
        let truth = study.truth
        return [
            StyledLine(
                "Gamma(α = \(NumberText.fixed(truth, decimals: 1)), β = 1), n = \(study.sampleSize)", style: .heading),
            StyledLine(contamination.description, style: .accent),
            StyledLine("\(study.completed) samples; α̂ by Newton, α̃ = x̄²/s²", style: .muted),
            .empty,
            ReadoutPanel.entry("mean α̂ − α  ", mle.map { SimulationReadouts.signed($0.mean - truth) } ?? "…"),
            ReadoutPanel.entry("mean α̃ − α  ", moments.map { SimulationReadouts.signed($0.mean - truth) } ?? "…"),
            .empty,
            StyledLine("Press c to swap in a wild value.", style: .muted),
        ]
    }
}
