/// Maps one axis's transformed values onto `count` pixels (sub-pixels of a canvas, or cells).
///
/// Pixel `i` covers the transformed interval [lower + i·w, lower + (i+1)·w) with w = span/count,
/// so the pixel that holds a value is the one whose centre is nearest to it. The upper limit
/// itself belongs to the last pixel, so values at the limits stay visible. With `flipped` pixel 0
/// is at the upper end, as rows count from the top of the screen.
struct AxisMapping: Hashable, Sendable {
    let lower: Double
    let upper: Double
    let count: Int
    let scale: AxisScale
    let flipped: Bool

    init(lower: Double, upper: Double, count: Int, scale: AxisScale, flipped: Bool) {
        precondition(lower < upper && (upper - lower).isFinite, "an axis needs a finite, non-empty span")
        precondition(count >= 0, "pixel counts are never negative")
        self.lower = lower
        self.upper = upper
        self.count = count
        self.scale = scale
        self.flipped = flipped
    }

    /// The continuous pixel coordinate of a transformed value: 0 at one edge, `count` at the other.
    @inline(__always)
    func position(ofTransformed value: Double) -> Double {
        let fraction = (value - lower) / (upper - lower)
        return (flipped ? 1 - fraction : fraction) * Double(count)
    }

    /// The pixel holding a transformed value, clamped into 0..<count; the value must be finite.
    @inline(__always)
    func pixel(ofTransformed value: Double) -> Int {
        let position = position(ofTransformed: value)
        // Clamping before converting keeps far-out values from trapping in Int(_:).
        return Int(min(max(position, 0), Double(max(count - 1, 0))))
    }

    /// The pixel holding a data value, or nil when it is not finite after the transform or lies
    /// outside the axis range.
    func pixel(of value: Double) -> Int? {
        let transformed = scale.transform(value)
        guard count > 0, transformed.isFinite, transformed >= lower, transformed <= upper else { return nil }
        return pixel(ofTransformed: transformed)
    }

    /// The transformed value at the centre of pixel `index`.
    func transformedCenter(ofPixel index: Int) -> Double {
        let fraction = (Double(index) + 0.5) / Double(max(count, 1))
        return lower + (flipped ? 1 - fraction : fraction) * (upper - lower)
    }

    /// The same axis seen through `newCount` pixels (cells instead of sub-pixels, say).
    func resampled(to newCount: Int) -> AxisMapping {
        AxisMapping(lower: lower, upper: upper, count: newCount, scale: scale, flipped: flipped)
    }
}
