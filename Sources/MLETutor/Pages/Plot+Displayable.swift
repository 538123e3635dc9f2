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
        case .function(var curve):
            curve.label = curve.label.map(spell)
            return .function(curve)
        case .line(let points, let color, let label): return .line(points, color: color, label: label.map(spell))
        case .points(let points, let marker, let color, let label):
            return .points(points, marker: marker, color: color, label: label.map(spell))
        case .segments(let segments, let color, let label):
            return .segments(segments, color: color, label: label.map(spell))
        case .verticalLine(let x, let color, let label):
            return .verticalLine(x: x, color: color, label: label.map(spell))
        case .horizontalLine(let y, let color, let label):
            return .horizontalLine(y: y, color: color, label: label.map(spell))
        case .marker(let point, let marker, let color, let text):
            return .marker(point, marker: marker, color: color, text: text.map(spell))
        case .iterates(let points, let color, let label):
            return .iterates(points, color: color, label: label.map(spell))
        case .histogram(let edges, let heights, let color, let label):
            return .histogram(edges: edges, heights: heights, color: color, label: label.map(spell))
        case .surface: return self
        }
    }
}
