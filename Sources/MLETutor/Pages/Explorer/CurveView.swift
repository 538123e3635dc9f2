import MLECore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which curve a one-parameter page plots: the likelihood L(θ) or the log-likelihood ℓ(θ).
enum CurveView: String, Sendable, Hashable {
    case likelihood
    case logLikelihood = "log-likelihood"

    var toggled: CurveView { self == .likelihood ? .logLikelihood : .likelihood }
}

/// The plot of L(θ) or ℓ(θ) over a slider's range, with whatever the page lays on top: the
/// slider's line, the peak, interval bands, an optimizer's iterates.
struct LikelihoodCurve {
    let model: any LikelihoodSource
    let range: ClosedRange<Double>
    let symbol: String

    /// ℓ at the peak: the fit's, or the largest value on a grid over the range when there is no fit.
    var peakLogLikelihood: Double {
        if let fit = model.fit { return fit.logLikelihood }
        let problem = model.problem
        return (0...64).map { index in
            let theta = range.lowerBound + (range.upperBound - range.lowerBound) * Double(index) / 64
            return problem.isInDomain(Theta(theta)) ? problem.logLikelihood(Theta(theta)) : -.infinity
        }.max() ?? 0
    }

    /// Whether L itself would under- or overflow, so the plot shows L(θ)/L(θ̂) instead.
    var isRescaled: Bool { abs(peakLogLikelihood) > 700 }

    /// The y-axis title of a view, which says when L is rescaled.
    func title(_ view: CurveView) -> String {
        switch view {
        case .likelihood: return isRescaled ? "L(\(symbol))/L(\(symbol)\u{302})" : "L(\(symbol))"
        case .logLikelihood: return "ℓ(\(symbol))"
        }
    }

    /// How far below the peak the ℓ view reaches: far enough to show the curve's shape, not so
    /// far that the peak flattens into the top row.
    static let logDepth = 12.0

    /// The plot of `view` with `layers` drawn over the curve; in the ℓ view the y axis reaches
    /// down to `lowest` when that is further than `logDepth` below the peak (an optimizer's start).
    func plot(_ view: CurveView, layers: [PlotSeries], lowest: Double = .infinity, options: DisplayOptions) -> Plot {
        let problem = model.problem
        let peak = peakLogLikelihood
        let curve: PlotSeries
        let yRange: ClosedRange<Double>
        switch view {
        case .likelihood:
            let shift = isRescaled ? peak : 0
            curve = .curve(color: .cyan) { theta in
                problem.isInDomain(Theta(theta)) ? exp(problem.logLikelihood(Theta(theta)) - shift) : .nan
            }
            yRange = 0...(exp(peak - shift) * 1.08)
        case .logLikelihood:
            curve = .curve(color: .cyan) { theta in
                problem.isInDomain(Theta(theta)) ? problem.logLikelihood(Theta(theta)) : .nan
            }
            let depth = max(Self.logDepth, lowest.isFinite ? (peak - lowest) * 1.05 : 0)
            yRange = (peak - depth)...(peak + depth * 0.08)
        }
        return Plot(
            x: PlotAxis(title: symbol, range: range), y: PlotAxis(title: title(view), range: yRange),
            series: [curve] + layers
        ).displayable(options)
    }

    /// The value a view plots at ℓ = `logLikelihood`.
    func height(_ view: CurveView, logLikelihood: Double) -> Double {
        switch view {
        case .likelihood: return exp(logLikelihood - (isRescaled ? peakLogLikelihood : 0))
        case .logLikelihood: return logLikelihood
        }
    }
}
