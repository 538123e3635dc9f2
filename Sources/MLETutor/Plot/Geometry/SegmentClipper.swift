/// Clips segments to an axis-aligned box (Liang–Barsky), in data space before rasterising, so a
/// far-out or huge coordinate never reaches integer pixel arithmetic.
struct SegmentClipper: Hashable, Sendable {
    let minX: Double
    let maxX: Double
    let minY: Double
    let maxY: Double

    /// The part of the segment inside the box (edges included), or nil when none is; segments
    /// with a non-finite end are nil.
    /// Ends at ±1e308 are fine: a difference that overflows is split at the midpoint.
    func clip(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double)
        -> (x0: Double, y0: Double, x1: Double, y1: Double)?
    {
        guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite else { return nil }
        let dx = x1 - x0
        let dy = y1 - y0
        guard dx.isFinite, dy.isFinite else {
            // The ends are so far apart that their difference overflows: clip the two halves.
            let midX = x0 / 2 + x1 / 2
            let midY = y0 / 2 + y1 / 2
            let first = clip(x0, y0, midX, midY)
            let second = clip(midX, midY, x1, y1)
            guard let start = first ?? second, let end = second ?? first else { return nil }
            return (start.x0, start.y0, end.x1, end.y1)
        }
        // Axis-parallel segments are clamped directly: with ends at ±1e200 the parametric form
        // below would lose the box's few units to rounding.
        if dx == 0 || dy == 0 {
            guard x0 >= minX || x1 >= minX, x0 <= maxX || x1 <= maxX,
                y0 >= minY || y1 >= minY, y0 <= maxY || y1 <= maxY
            else { return nil }
            return (
                min(max(x0, minX), maxX), min(max(y0, minY), maxY), min(max(x1, minX), maxX), min(max(y1, minY), maxY)
            )
        }
        var enter = 0.0
        var leave = 1.0
        // Each call is one edge: the segment is inside that edge where p·t ≤ q.
        func keep(_ p: Double, _ q: Double) -> Bool {
            if p == 0 { return q >= 0 }
            let t = q / p
            if p < 0 {
                if t > leave { return false }
                enter = max(enter, t)
            } else {
                if t < enter { return false }
                leave = min(leave, t)
            }
            return true
        }
        guard keep(-dx, x0 - minX), keep(dx, maxX - x0), keep(-dy, y0 - minY), keep(dy, maxY - y0) else {
            return nil
        }
        return (x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy)
    }

    /// Whether a point lies in the box, edges included.
    func contains(_ x: Double, _ y: Double) -> Bool {
        x >= minX && x <= maxX && y >= minY && y <= maxY
    }
}
