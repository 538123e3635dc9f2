extension Plot {
    /// The plot with its axis titles and legend labels spelled for the display: unchanged in
    /// Unicode, transliterated (θ as "theta") for an ASCII terminal.
    func displayable(_ options: DisplayOptions) -> Plot {
        guard !options.unicode else { return self }
        var copy = self
        copy.x.title = options.displayable(x.title)
        copy.y.title = options.displayable(y.title)
        copy.series = series.map { $0.relabelled(options.displayable) }
        return copy
    }
}

extension PlotSeries {
    /// The layer with `spell` applied to its label or marker text.
    func relabelled(_ spell: (String) -> String) -> PlotSeries {
        switch self {
        case var .function(curve):
            curve.label = curve.label.map(spell)
            return .function(curve)
        case let .line(points, color, label): return .line(points, color: color, label: label.map(spell))
        case let .points(points, marker, color, label): return .points(points, marker: marker, color: color, label: label.map(spell))
        case let .segments(segments, color, label): return .segments(segments, color: color, label: label.map(spell))
        case let .verticalLine(x, color, label): return .verticalLine(x: x, color: color, label: label.map(spell))
        case let .horizontalLine(y, color, label): return .horizontalLine(y: y, color: color, label: label.map(spell))
        case let .marker(point, marker, color, text): return .marker(point, marker: marker, color: color, text: text.map(spell))
        case let .iterates(points, color, label): return .iterates(points, color: color, label: label.map(spell))
        case let .histogram(edges, heights, color, label): return .histogram(edges: edges, heights: heights, color: color, label: label.map(spell))
        case .surface: return self
        }
    }
}
