/// One axis of a plot: its title, its range and how values are spaced.
struct PlotAxis: Hashable, Sendable {
    /// Shown at the end of the x axis or above the y axis: "θ", "ℓ(θ)", "L(θ)/L(θ̂)".
    var title: String
    /// The values shown; nil derives them from the data with a margin of 5 % on each side.
    var range: ClosedRange<Double>?
    /// Linear or logarithmic spacing.
    var scale: AxisScale

    init(title: String = "", range: ClosedRange<Double>? = nil, scale: AxisScale = .linear) {
        self.title = title
        self.range = range
        self.scale = scale
    }
}
