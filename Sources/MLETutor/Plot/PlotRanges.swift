/// The transformed ranges a plot shows: set by the caller, or the extent of the data with a
/// margin, so that the extreme points are not drawn on the frame.
struct PlotRanges: Hashable, Sendable {
    /// Transformed x values shown, lower < upper, finite span.
    let x: ClosedRange<Double>
    /// Transformed y values shown, lower < upper, finite span.
    let y: ClosedRange<Double>

    /// The share of the data's span added on each side of a derived range.
    static let margin = 0.05
    /// How many points of each function are sampled to find the y range: enough for any peak
    /// wider than a hundredth of the x range, whose top the 5 % margin then covers.
    static let functionSamples = 128
    /// Data beyond this magnitude is clamped before spans are taken, so a span is never infinite.
    static let largestValue = 1e150

    init(plot: Plot) {
        x = Self.resolve(plot.x, values: Self.xValues(of: plot.series, scale: plot.x.scale))
        y = Self.resolve(
            plot.y, values: Self.yValues(of: plot.series, x: x, xScale: plot.x.scale, yScale: plot.y.scale))
    }

    private static func resolve(_ axis: PlotAxis, values: DataExtent) -> ClosedRange<Double> {
        // A given range that cannot be drawn (a bound ≤ 0 on a log axis, or one computed from extreme
        // data that overflowed) gives way to the values' own extent rather than stopping the program.
        if let range = axis.range {
            let lower = axis.scale.transform(range.lowerBound)
            let upper = axis.scale.transform(range.upperBound)
            if lower.isFinite && upper.isFinite { return widened(lower, upper) }
        }
        guard let lower = values.lower, let upper = values.upper else {
            return 0...1
        }
        let span = upper - lower
        return widened(lower - margin * span, upper + margin * span)
    }

    /// The range itself, or one around a single value when it has no width.
    private static func widened(_ lower: Double, _ upper: Double) -> ClosedRange<Double> {
        if lower < upper && (upper - lower).isFinite && (upper - lower) > abs(upper) * 1e-13 { return lower...upper }
        let centre = (lower + upper) / 2
        let half = centre == 0 ? 1 : abs(centre) * 0.1
        return (centre - half)...(centre + half)
    }

    private static func xValues(of series: [PlotSeries], scale: AxisScale) -> DataExtent {
        var extent = DataExtent(scale: scale)
        for layer in series {
            switch layer {
            case .function(let curve):
                if let domain = curve.domain {
                    extent.add(domain.lowerBound)
                    extent.add(domain.upperBound)
                }
            case .line(let points, _, _), .points(let points, _, _, _), .iterates(let points, _, _):
                for point in points { extent.add(point.x) }
            case .segments(let pairs, _, _):
                for (start, end) in pairs {
                    extent.add(start.x)
                    extent.add(end.x)
                }
            case .verticalLine(let x, _, _):
                extent.add(x)
            case .marker(let point, _, _, _):
                extent.add(point.x)
            case .histogram(let edges, _, _, _):
                for edge in edges { extent.add(edge) }
            case .horizontalLine, .surface:
                break
            }
        }
        return extent
    }

    private static func yValues(of series: [PlotSeries], x: ClosedRange<Double>, xScale: AxisScale, yScale: AxisScale)
        -> DataExtent
    {
        var extent = DataExtent(scale: yScale)
        for layer in series {
            switch layer {
            case .function(let curve):
                var lower = x.lowerBound
                var upper = x.upperBound
                if let domain = curve.domain {
                    lower = max(lower, xScale.transform(domain.lowerBound))
                    upper = min(upper, xScale.transform(domain.upperBound))
                }
                guard lower <= upper else { continue }
                for index in 0...functionSamples {
                    let position = lower + (upper - lower) * Double(index) / Double(functionSamples)
                    extent.add(curve.function(xScale.inverse(position)))
                }
            case .line(let points, _, _), .points(let points, _, _, _), .iterates(let points, _, _):
                for point in points { extent.add(point.y) }
            case .segments(let pairs, _, _):
                for (start, end) in pairs {
                    extent.add(start.y)
                    extent.add(end.y)
                }
            case .horizontalLine(let y, _, _):
                extent.add(y)
            case .marker(let point, _, _, _):
                extent.add(point.y)
            case .histogram(_, let heights, _, _):
                extent.add(0)
                for height in heights { extent.add(height) }
            case .verticalLine, .surface:
                break
            }
        }
        return extent
    }
}
