/// Bresenham's line algorithm: every pixel of the 8-connected line between two integer points,
/// ends included, without floating point.
enum Bresenham {
    /// Calls `visit` for each pixel from (x0, y0) to (x1, y1).
    @inline(__always)
    static func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ visit: (Int, Int) -> Void) {
        let dx = abs(x1 - x0)
        let dy = -abs(y1 - y0)
        let stepX = x0 < x1 ? 1 : -1
        let stepY = y0 < y1 ? 1 : -1
        var error = dx + dy
        var x = x0
        var y = y0
        while true {
            visit(x, y)
            if x == x1 && y == y1 { return }
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                x += stepX
            }
            if doubled <= dx {
                error += dx
                y += stepY
            }
        }
    }
}
