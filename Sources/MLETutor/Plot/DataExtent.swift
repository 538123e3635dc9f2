/// The least and greatest finite transformed value of the data seen so far, clamped to
/// ±`PlotRanges.largestValue`.
struct DataExtent: Hashable, Sendable {
    let scale: AxisScale
    private(set) var lower: Double?
    private(set) var upper: Double?

    init(scale: AxisScale) {
        self.scale = scale
    }

    mutating func add(_ value: Double) {
        let transformed = scale.transform(value)
        guard transformed.isFinite else { return }
        let clamped = min(max(transformed, -PlotRanges.largestValue), PlotRanges.largestValue)
        lower = min(lower ?? clamped, clamped)
        upper = max(upper ?? clamped, clamped)
    }
}
