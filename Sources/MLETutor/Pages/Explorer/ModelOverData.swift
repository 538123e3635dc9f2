/// The data with the model at the slider's θ drawn over them: a histogram (as a density) under
/// the density curve for continuous data; for counts and 0/1 data, bars of the share of each
/// value with the model's probability of it marked on top. Moving θ slides or reshapes the
/// model against the data; at the peak it fits them best.
struct ModelOverData {
    let values: [Double]
    let model: ModelDistribution
    let symbolText: String

    /// Bins of a continuous histogram: about √n, between 5 and 30.
    static func binCount(_ n: Int) -> Int {
        min(30, max(5, Int(Double(n).squareRoot())))
    }

    func plot(options: DisplayOptions) -> Plot? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return model.isDiscrete ? countPlot(finite, low: low, high: high) : densityPlot(finite, low: low, high: high)
    }

    private func densityPlot(_ data: [Double], low: Double, high: Double) -> Plot {
        let spread = high > low ? high - low : max(1, abs(low))
        let range = (low - 0.1 * spread)...(high + 0.1 * spread)
        let histogram = DensityHistogram(data, range: range, bins: Self.binCount(data.count))
        let model = self.model
        let curveTop =
            stride(from: 0, through: 64, by: 1).map {
                model.density(range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / 64)
            }.max() ?? 0
        let top = max(histogram.heights.max() ?? 0, curveTop) * 1.1
        return Plot(
            x: PlotAxis(title: "x", range: range), y: PlotAxis(title: "density", range: 0...max(top, 1e-300)),
            series: [
                histogram.series(color: .blue, label: "data"),
                .curve(color: .yellow, label: "model at \(symbolText)") { model.density($0) },
            ])
    }

    private func countPlot(_ data: [Double], low: Double, high: Double) -> Plot {
        // Counts far apart would need a bar each: past a few hundred values the plot would not
        // show them anyway, so the range is capped around the data. Both ends are clamped before
        // they become Ints: a count of 1e19 is finite data that Int cannot hold.
        var first = Int(min(1e6, max(-1e6, low)).rounded(.down))
        var last = min(Int(min(1e6, high).rounded(.up)), first + 400)
        if let possible = model.possibleValues, possible.count <= 401 {
            first = min(first, possible.lowerBound)
            last = max(last, possible.upperBound)
        }
        let ks = Array(first...max(first, last))
        let total = Double(data.count)
        let shares = ks.map { k in Double(data.filter { $0 == Double(k) }.count) / total }
        // Bars need contiguous edges; a gap between values is a bar of height 0.
        var barEdges: [Double] = []
        var barHeights: [Double] = []
        for (index, k) in ks.enumerated() {
            barEdges.append(Double(k) - 0.4)
            barEdges.append(Double(k) + 0.4)
            barHeights.append(shares[index])
            if index < ks.count - 1 { barHeights.append(0) }
        }
        let masses = ks.map { model.density(Double($0)) }
        let top = max(shares.max() ?? 0, masses.max() ?? 0) * 1.15
        let points = zip(ks, masses).map { PlotPoint(Double($0), $1) }
        return Plot(
            x: PlotAxis(title: "x", range: (Double(first) - 0.8)...(Double(ks.last ?? first) + 0.8)),
            y: PlotAxis(title: "share", range: 0...max(top, 1e-300)),
            series: [
                .histogram(edges: barEdges, heights: barHeights, color: .blue, label: "data"),
                .points(points, marker: .diamond, color: .yellow, label: "model at \(symbolText)"),
            ])
    }
}
