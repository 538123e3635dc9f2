/// Contour lines of a sampled function by marching squares.
///
/// The grid holds `width × height` samples, row-major, sample (i, j) sitting at the point (i, j).
/// Each square of four neighbouring samples contributes up to two segments, their ends placed by
/// linear interpolation along the square's edges; squares with a non-finite corner are skipped.
enum MarchingSquares {
    /// One piece of a contour line, in grid coordinates.
    struct Segment: Hashable, Sendable {
        var x0: Double
        var y0: Double
        var x1: Double
        var y1: Double
    }

    /// Every segment of the contours `value == level` for each of `levels`, in one pass over the
    /// grid: a square is only looked at for the levels between its least and greatest corner.
    /// - Complexity: O(width × height + segments).
    static func segments(values: [Double], width: Int, height: Int, levels: [Double]) -> [Segment] {
        precondition(values.count == width * height, "the grid holds width × height samples")
        var result: [Segment] = []
        let levels = levels.filter(\.isFinite).sorted()
        guard width >= 2, height >= 2, let lowest = levels.first, let highest = levels.last else { return result }
        for j in 0..<(height - 1) {
            for i in 0..<(width - 1) {
                let topLeft = values[j * width + i]
                let topRight = values[j * width + i + 1]
                let bottomRight = values[(j + 1) * width + i + 1]
                let bottomLeft = values[(j + 1) * width + i]
                guard topLeft.isFinite, topRight.isFinite, bottomRight.isFinite, bottomLeft.isFinite else { continue }
                let least = min(min(topLeft, topRight), min(bottomRight, bottomLeft))
                let greatest = max(max(topLeft, topRight), max(bottomRight, bottomLeft))
                guard greatest >= lowest, least <= highest else { continue }
                for level in levels where level >= least && level <= greatest {
                    addSegments(
                        of: (topLeft, topRight, bottomRight, bottomLeft), at: (Double(i), Double(j)),
                        level: level, to: &result)
                }
            }
        }
        return result
    }

    /// The segments of one square whose corners (clockwise from the top left) are `corners`.
    @inline(__always)
    private static func addSegments(
        of corners: (Double, Double, Double, Double),
        at origin: (Double, Double),
        level: Double,
        to result: inout [Segment]
    ) {
        let (topLeft, topRight, bottomRight, bottomLeft) = corners
        let pattern =
            (topLeft >= level ? 8 : 0) | (topRight >= level ? 4 : 0)
            | (bottomRight >= level ? 2 : 0) | (bottomLeft >= level ? 1 : 0)
        if pattern == 0 || pattern == 15 { return }
        let (x, y) = origin
        // Where the contour crosses each edge of the square.
        let top = (x + fraction(topLeft, topRight, level), y)
        let right = (x + 1, y + fraction(topRight, bottomRight, level))
        let bottom = (x + fraction(bottomLeft, bottomRight, level), y + 1)
        let left = (x, y + fraction(topLeft, bottomLeft, level))
        func add(_ a: (Double, Double), _ b: (Double, Double)) {
            result.append(Segment(x0: a.0, y0: a.1, x1: b.0, y1: b.1))
        }
        switch pattern {
        case 1, 14: add(left, bottom)
        case 2, 13: add(bottom, right)
        case 3, 12: add(left, right)
        case 4, 11: add(top, right)
        case 6, 9: add(top, bottom)
        case 7, 8: add(left, top)
        default:
            // A saddle (5 or 10): the mean of the corners decides which pair is joined.
            let centreAbove = (topLeft + topRight + bottomRight + bottomLeft) / 4 >= level
            if (pattern == 5) == centreAbove {
                add(left, top)
                add(bottom, right)
            } else {
                add(top, right)
                add(left, bottom)
            }
        }
    }

    /// How far from `a` towards `b` the value `level` lies, in 0...1.
    @inline(__always)
    private static func fraction(_ a: Double, _ b: Double, _ level: Double) -> Double {
        let difference = b - a
        guard difference != 0 else { return 0.5 }
        return min(max((level - a) / difference, 0), 1)
    }
}
