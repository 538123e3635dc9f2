import Testing

@testable import MLETutor

@Suite struct SegmentClipperTests {
    let box = SegmentClipper(minX: 0, maxX: 10, minY: 0, maxY: 5)

    @Test func segmentsInsideAreKept() throws {
        let clipped = try #require(box.clip(1, 1, 9, 4))
        #expect(clipped.x0 == 1 && clipped.y0 == 1 && clipped.x1 == 9 && clipped.y1 == 4)
    }

    @Test func crossingSegmentsAreCutAtTheEdges() throws {
        let clipped = try #require(box.clip(-10, 2.5, 20, 2.5))
        #expect(clipped.x0 == 0 && clipped.x1 == 10 && clipped.y0 == 2.5)
        let diagonal = try #require(box.clip(-5, -5, 15, 15))
        #expect(diagonal.x0 == 0 && diagonal.y0 == 0 && diagonal.x1 == 5 && diagonal.y1 == 5)
    }

    @Test func segmentsOutsideAreDropped() {
        #expect(box.clip(-3, -1, -1, 6) == nil)
        #expect(box.clip(11, 1, 20, 1) == nil)
        #expect(box.clip(0, 6, 10, 7) == nil)
    }

    @Test func hugeAndNonFiniteEndsNeverLeaveTheBox() throws {
        #expect(box.clip(.nan, 1, 2, 2) == nil)
        #expect(box.clip(1, 1, .infinity, 1) == nil)
        let wide = try #require(box.clip(-1e308, 1, 1e308, 1), "the difference overflows; the halves are clipped")
        #expect(wide.x0 == 0 && wide.x1 == 10 && wide.y0 == 1 && wide.y1 == 1)
        let steep = try #require(box.clip(5, -1e200, 5, 1e200))
        #expect(steep.y0 == 0 && steep.y1 == 5)
    }

    @Test func edgesCount() {
        #expect(box.contains(10, 5))
        #expect(box.contains(0, 0))
        #expect(!box.contains(10.0001, 5))
        #expect(box.clip(10, 0, 10, 5) != nil)
    }
}
