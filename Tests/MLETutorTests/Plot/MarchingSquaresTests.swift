import Testing

@testable import MLETutor

@Suite struct MarchingSquaresTests {
    func grid(width: Int, height: Int, _ f: (Double, Double) -> Double) -> [Double] {
        (0..<height).flatMap { j in (0..<width).map { i in f(Double(i), Double(j)) } }
    }

    @Test func aCircleContourLiesOnTheCircle() {
        let values = grid(width: 21, height: 21) { x, y in (x - 10) * (x - 10) + (y - 10) * (y - 10) }
        let segments = MarchingSquares.segments(values: values, width: 21, height: 21, levels: [49])
        #expect(segments.count >= 40)
        for segment in segments {
            for (x, y) in [(segment.x0, segment.y0), (segment.x1, segment.y1)] {
                let radius = ((x - 10) * (x - 10) + (y - 10) * (y - 10)).squareRoot()
                #expect(abs(radius - 7) < 0.1, "(\(x), \(y)) is \(radius) from the centre")
            }
        }
    }

    @Test func aStraightContourIsInterpolatedExactly() {
        let values = grid(width: 3, height: 2) { x, _ in x }
        let segments = MarchingSquares.segments(values: values, width: 3, height: 2, levels: [0.25])
        #expect(segments == [MarchingSquares.Segment(x0: 0.25, y0: 0, x1: 0.25, y1: 1)])
    }

    @Test func squaresWithANonFiniteCornerAreSkipped() {
        var values = grid(width: 3, height: 2) { x, _ in x }
        values[0] = .nan
        #expect(MarchingSquares.segments(values: values, width: 3, height: 2, levels: [0.25]).isEmpty)
        #expect(MarchingSquares.segments(values: values, width: 3, height: 2, levels: [1.5]).count == 1)
    }

    @Test func saddlesGiveTwoSegments() {
        let values: [Double] = [1, 0, 0, 1]
        #expect(MarchingSquares.segments(values: values, width: 2, height: 2, levels: [0.5]).count == 2)
        #expect(MarchingSquares.segments(values: values, width: 2, height: 2, levels: [2]).isEmpty)
        #expect(MarchingSquares.segments(values: [], width: 0, height: 0, levels: [0]).isEmpty)
    }

    @Test func severalLevelsInOnePassEqualEachLevelAlone() {
        let values = grid(width: 15, height: 11) { x, y in (x - 7) * (x - 7) + 2 * (y - 5) * (y - 5) }
        let levels = [30.0, 4, .nan, 12]
        let together = MarchingSquares.segments(values: values, width: 15, height: 11, levels: levels)
        let apart = [4.0, 12, 30].flatMap {
            MarchingSquares.segments(values: values, width: 15, height: 11, levels: [$0])
        }
        #expect(Set(together) == Set(apart))
        #expect(together.count == apart.count)
    }
}
