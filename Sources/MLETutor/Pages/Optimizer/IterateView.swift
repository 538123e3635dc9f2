import MLECore

/// Which part of the θ axis an optimizer page shows so that every iterate stays visible: the
/// slider's range, grown to take in iterates that overshoot it (up to `maximumGrowth` times its
/// width on each side); an iterate further out, or outside the parameter's domain, is marked at
/// the edge of the plot with its number and value.
struct IterateView {
    let path: [Iterate]
    let range: ClosedRange<Double>

    /// How far, in widths of the slider's range, the axis may grow on each side before the curve
    /// would flatten into a line; iterates beyond are marked at the edge instead.
    static let maximumGrowth = 4.0

    init(path: [Iterate], baseRange: ClosedRange<Double>, problem: AnyLikelihoodProblem) {
        self.path = path
        let width = baseRange.upperBound - baseRange.lowerBound
        let reach =
            (baseRange.lowerBound - Self.maximumGrowth * width)...(baseRange.upperBound + Self.maximumGrowth * width)
        let inReach = path.map { $0.theta[0] }.filter {
            $0.isFinite && reach.contains($0) && problem.isInDomain(Theta($0))
        }
        var lower = min(baseRange.lowerBound, inReach.min() ?? baseRange.lowerBound)
        var upper = max(baseRange.upperBound, inReach.max() ?? baseRange.upperBound)
        // A little room beyond an iterate that widened the axis, so its mark is not on the frame.
        let margin = 0.04 * (upper - lower)
        if lower < baseRange.lowerBound { lower -= margin }
        if upper > baseRange.upperBound { upper += margin }
        if problem.isInDomain(Theta(lower)) == false { lower = baseRange.lowerBound }
        range = lower...upper
    }

    /// The iterates drawn inside the plot.
    var onPlot: [Iterate] { path.filter { $0.theta[0].isFinite && range.contains($0.theta[0]) } }

    /// The newest iterate that lies off the plot, marked at the edge it left by, with its value.
    func edgeMarkers(symbol: String, unicode: Bool) -> [PlotSeries] {
        guard let index = path.indices.last(where: { !range.contains(path[$0].theta[0]) }) else { return [] }
        let iterate = path[index]
        let theta = iterate.theta[0]
        let below = theta.isNaN ? false : theta < range.lowerBound
        let x = below ? range.lowerBound : range.upperBound
        let y = iterate.logLikelihood.isFinite ? iterate.logLikelihood : (onPlot.last?.logLikelihood ?? 0)
        let arrow = below ? (unicode ? "←" : "<") : (unicode ? "→" : ">")
        let value = theta.isFinite ? ReadoutFormat.compact(theta, digits: 3) : "\(theta)"
        let text = below ? "\(arrow) \(index): \(symbol) = \(value)" : "\(index): \(symbol) = \(value) \(arrow)"
        return [.marker(PlotPoint(x, y), marker: .triangle, color: .red, text: text)]
    }
}
