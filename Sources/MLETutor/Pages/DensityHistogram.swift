/// Values binned into equal bins over a range, each bar's height a density (count / (total ×
/// bin width)), so that a probability density curve can be drawn over the bars.
struct DensityHistogram {
    let edges: [Double]
    let heights: [Double]

    /// Values outside `range` are counted in the total but fall in no bin.
    init(_ values: [Double], range: ClosedRange<Double>, bins: Int) {
        precondition(bins >= 1 && range.upperBound > range.lowerBound, "a histogram needs bins and a range")
        let width = (range.upperBound - range.lowerBound) / Double(bins)
        edges = (0...bins).map { range.lowerBound + Double($0) * width }
        var counts = [Int](repeating: 0, count: bins)
        for value in values where range.contains(value) {
            counts[min(bins - 1, Int((value - range.lowerBound) / width))] += 1
        }
        let total = Double(max(1, values.count))
        heights = counts.map { Double($0) / (total * width) }
    }

    func series(color: TerminalColor, label: String?) -> PlotSeries {
        .histogram(edges: edges, heights: heights, color: color, label: label)
    }
}
