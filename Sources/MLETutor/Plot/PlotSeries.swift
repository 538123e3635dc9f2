#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One layer of a plot. Layers are drawn in order, so later ones cover earlier ones where they
/// meet (a cell has one colour); a surface is always drawn first, underneath.
enum PlotSeries: Sendable {
    /// A function curve: L(θ), ℓ(θ), a normal density over a histogram.
    case function(FunctionCurve)
    /// Points joined in order by straight lines: a fitted regression line, a polyline.
    case line([PlotPoint], color: TerminalColor, label: String?)
    /// Unjoined points: data, one class of a scatter plot.
    case points([PlotPoint], marker: PointMarker, color: TerminalColor, label: String?)
    /// Separate straight segments: residuals from the data to the fitted line.
    case segments([(PlotPoint, PlotPoint)], color: TerminalColor, label: String?)
    /// A vertical line across the plot: the slider's θ, the MLE.
    case verticalLine(x: Double, color: TerminalColor, label: String?)
    /// A horizontal line across the plot: the level ℓ̂ − 1.92 of the likelihood-ratio interval.
    case horizontalLine(y: Double, color: TerminalColor, label: String?)
    /// One glyph with an optional text beside it: the peak "θ̂ = 0.7", the cursor.
    case marker(PlotPoint, marker: PointMarker, color: TerminalColor, text: String?)
    /// An optimizer's path: the iterates joined in order, each numbered from 0.
    case iterates([PlotPoint], color: TerminalColor, label: String?)
    /// Bars over the bins `edges[i]...edges[i + 1]` rising from 0 to `heights[i]`.
    case histogram(edges: [Double], heights: [Double], color: TerminalColor, label: String?)
    /// A heatmap with contours over the whole plot area.
    case surface(Surface)
}

extension PlotSeries {
    /// A function curve; see `FunctionCurve`.
    static func curve(
        domain: ClosedRange<Double>? = nil,
        color: TerminalColor = .cyan,
        label: String? = nil,
        _ function: @escaping @Sendable (Double) -> Double
    ) -> PlotSeries {
        .function(FunctionCurve(domain: domain, color: color, label: label, function))
    }

    /// The likelihood rescaled by its maximum, L(θ)/L(θ̂) = exp(ℓ(θ) − ℓ̂), from the
    /// log-likelihood: it stays between 0 and 1 where L itself under- or overflows (for n = 1000
    /// L spans hundreds of orders of magnitude). Title the y axis "L(θ)/L(θ̂)" to say so.
    static func relativeLikelihood(
        maximum: Double,
        domain: ClosedRange<Double>? = nil,
        color: TerminalColor = .cyan,
        label: String? = nil,
        logLikelihood: @escaping @Sendable (Double) -> Double
    ) -> PlotSeries {
        .function(
            FunctionCurve(domain: domain, color: color, label: label) { theta in
                exp(logLikelihood(theta) - maximum)
            })
    }

    /// The tangent line y = value + slope·(x − x₀) over x₀ ± halfWidth: gradient ascent's view.
    static func tangent(
        atX x0: Double,
        value: Double,
        slope: Double,
        halfWidth: Double,
        color: TerminalColor = .yellow,
        label: String? = nil
    ) -> PlotSeries {
        parabola(atX: x0, value: value, slope: slope, curvature: 0, halfWidth: halfWidth, color: color, label: label)
    }

    /// Newton's local model y = value + slope·(x − x₀) + curvature/2·(x − x₀)² over x₀ ± halfWidth.
    static func parabola(
        atX x0: Double,
        value: Double,
        slope: Double,
        curvature: Double,
        halfWidth: Double,
        color: TerminalColor = .magenta,
        label: String? = nil
    ) -> PlotSeries {
        precondition(halfWidth > 0, "a tangent or parabola segment needs a positive half-width")
        return .function(
            FunctionCurve(domain: (x0 - halfWidth)...(x0 + halfWidth), color: color, label: label) { x in
                let offset = x - x0
                return value + slope * offset + curvature / 2 * offset * offset
            })
    }

    /// The legend entry of this layer: its label and the colour and sample glyph to show.
    func legendEntry(unicode: Bool) -> (label: String, sample: String, color: TerminalColor)? {
        let lineSample = unicode ? "──" : "--"
        switch self {
        case .function(let curve):
            return curve.label.map { ($0, lineSample, curve.color) }
        case .line(_, let color, let label), .segments(_, let color, let label), .iterates(_, let color, let label):
            return label.map { ($0, lineSample, color) }
        case .verticalLine(_, let color, let label):
            return label.map { ($0, unicode ? "│" : "|", color) }
        case .horizontalLine(_, let color, let label):
            return label.map { ($0, lineSample, color) }
        case .points(_, let marker, let color, let label):
            return label.map { ($0, String(marker.character(unicode: unicode)), color) }
        case .histogram(_, _, let color, let label):
            return label.map { ($0, unicode ? "██" : "##", color) }
        case .marker, .surface:
            return nil
        }
    }
}
