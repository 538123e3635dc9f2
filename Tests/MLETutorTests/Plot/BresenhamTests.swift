import Testing

@testable import MLETutor

@Suite struct BresenhamTests {
    func pixels(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) -> [[Int]] {
        var result: [[Int]] = []
        Bresenham.line(x0, y0, x1, y1) { result.append([$0, $1]) }
        return result
    }

    @Test func horizontalVerticalAndDiagonalLines() {
        #expect(pixels(0, 0, 3, 0) == [[0, 0], [1, 0], [2, 0], [3, 0]])
        #expect(pixels(2, 3, 2, 1) == [[2, 3], [2, 2], [2, 1]])
        #expect(pixels(0, 0, 2, 2) == [[0, 0], [1, 1], [2, 2]])
        #expect(pixels(4, 4, 4, 4) == [[4, 4]])
    }

    @Test(arguments: [(0, 0, 7, 3), (7, 3, 0, 0), (-2, 5, 3, -9), (0, 0, 1, 12)])
    func linesAreConnectedAndEndAtBothEnds(line: (Int, Int, Int, Int)) {
        let points = pixels(line.0, line.1, line.2, line.3)
        #expect(points.first == [line.0, line.1])
        #expect(points.last == [line.2, line.3])
        #expect(points.count == max(abs(line.2 - line.0), abs(line.3 - line.1)) + 1)
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(max(abs(a[0] - b[0]), abs(a[1] - b[1])) == 1)
        }
    }
}
