/// A function of two variables, f(x, y), drawn as a heatmap over the plot's whole area, with
/// optional contour lines and a colour bar: a log-likelihood surface ℓ(θ₁, θ₂), or a
/// classifier's probability field with its decision boundary as the contour at 0.5.
///
/// A surface adds nothing to the data ranges: give the plot's axes fixed ranges (or other
/// layers whose extent sets them), else both run from 0 to 1.
struct Surface: Sendable {
    var function: @Sendable (Double, Double) -> Double
    /// The values mapped onto the colour scale, clamped at its ends; nil uses the least and
    /// greatest finite value on screen. For ℓ(θ₁, θ₂) pass `(ℓ̂ − 10)...ℓ̂` or similar, since ℓ
    /// falls without bound away from the peak.
    var valueRange: ClosedRange<Double>?
    var colorScale: ColorScale
    /// Values at which contour lines are drawn (marching squares).
    var contourLevels: [Double]
    var contourColor: TerminalColor
    /// Whether a colour bar with its value labels is drawn right of the plot, room permitting.
    var showsColorBar: Bool

    init(
        valueRange: ClosedRange<Double>? = nil,
        colorScale: ColorScale = .viridis,
        contourLevels: [Double] = [],
        contourColor: TerminalColor = .white,
        showsColorBar: Bool = true,
        _ function: @escaping @Sendable (Double, Double) -> Double
    ) {
        self.function = function
        self.valueRange = valueRange
        self.colorScale = colorScale
        self.contourLevels = contourLevels
        self.contourColor = contourColor
        self.showsColorBar = showsColorBar
    }
}
