import Testing

@testable import MLETutor

@Suite struct TextBufferTests {
    @Test func writeClipsAtTheRightEdgeAndReportsColumnsWritten() {
        var buffer = TextBuffer(width: 5, height: 2)
        let written = buffer.write("abcdefg", x: 2, y: 1)
        #expect(written == 3)
        #expect(buffer.lines == ["     ", "  abc"])
    }

    @Test func writesOutsideTheBufferAreDropped() {
        var buffer = TextBuffer(width: 3, height: 1)
        buffer[-1, 0] = Cell("x")
        buffer[3, 0] = Cell("x")
        buffer[0, 1] = Cell("x")
        buffer.write("zz", x: -1, y: 0)
        #expect(buffer.description == "z")
        #expect(buffer[9, 9] == .blank)
    }

    @Test func zeroSizedBufferAcceptsAnyWrite() {
        var buffer = TextBuffer(width: 0, height: 0)
        buffer.write("hello", x: 0, y: 0)
        buffer.fill(Rect(x: -2, y: -2, width: 10, height: 10), with: Cell("#"))
        #expect(buffer.description == "")
        #expect(buffer.cells.isEmpty)
    }

    @Test func descriptionTrimsTrailingSpacesOnly() {
        var buffer = TextBuffer(width: 6, height: 2)
        buffer.write(" a b", x: 0, y: 0)
        #expect(buffer.description == " a b\n")
    }
}
