import Testing

@testable import MLETutor

@Suite struct CanvasTests {
    @Test func brailleDotsHaveUnicodesBits() {
        let expected: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        for row in 0..<4 {
            for column in 0..<2 {
                var canvas = DotCanvas(kind: .braille, columns: 1, rows: 1)
                canvas.set(column, row, color: nil)
                #expect(
                    canvas.character(column: 0, row: 0) == Character(Unicode.Scalar(0x2800 + expected[row][column])!))
            }
        }
    }

    @Test func aFullBrailleCellIsAllEightDots() {
        var canvas = DotCanvas(kind: .braille, columns: 2, rows: 1)
        for x in 0..<2 { for y in 0..<4 { canvas.set(x, y, color: .red) } }
        #expect(canvas.character(column: 0, row: 0) == "⣿")
        #expect(canvas.character(column: 1, row: 0) == " ")
        #expect(!canvas.isSet(column: 1, row: 0))
    }

    @Test func asciiMasksBecomeTheNearestGlyph() {
        func glyph(_ dots: [(Int, Int)]) -> Character {
            var canvas = DotCanvas(kind: .ascii, columns: 1, rows: 1)
            for (x, y) in dots { canvas.set(x, y, color: nil) }
            return canvas.character(column: 0, row: 0)
        }
        #expect(glyph([]) == " ")
        #expect(glyph([(0, 1), (1, 1), (2, 1)]) == "-")
        #expect(glyph([(0, 2), (1, 2), (2, 2)]) == "_")
        #expect(glyph([(1, 0), (1, 1), (1, 2)]) == "|")
        #expect(glyph([(2, 0), (1, 1), (0, 2)]) == "/")
        #expect(glyph([(0, 0), (1, 1), (2, 2)]) == "\\")
        #expect(glyph([(0, 1), (1, 1)]) == "-", "a partial row is still a dash")
        #expect(AsciiGlyphs.characters.count == 512)
        #expect(AsciiGlyphs.characters.dropFirst().allSatisfy { $0 != " " && $0.isASCII })
    }

    @Test func dotsOutsideTheCanvasAreIgnored() {
        var canvas = DotCanvas(kind: .braille, columns: 1, rows: 1)
        canvas.set(-1, 0, color: nil)
        canvas.set(2, 0, color: nil)
        canvas.set(0, 4, color: nil)
        canvas.line(-5, -5, -1, -1, color: nil)
        #expect(!canvas.isSet(column: 0, row: 0))
    }

    @Test func aCellTakesTheColourOfItsLastDotAndKeepsItsBackground() {
        var canvas = DotCanvas(kind: .braille, columns: 1, rows: 1)
        canvas.set(0, 0, color: .red)
        canvas.set(1, 1, color: .green)
        var buffer = TextBuffer(width: 1, height: 1, fill: Cell(" ", style: Style(background: .blue)))
        canvas.render(into: &buffer, x: 0, y: 0, color: true)
        #expect(buffer[0, 0] == Cell("⠑", style: Style(foreground: .green, background: .blue)))
    }

    @Test func halfBlocksPaintTheLowerPixelInFrontAndTheUpperBehind() {
        var field = HalfBlockField(columns: 2, rows: 1)
        field[0, 0] = 1
        field[0, 1] = 0
        let scale = ColorScale(colors: [.blue, .red])
        var buffer = TextBuffer(width: 2, height: 1)
        field.render(into: &buffer, x: 0, y: 0, scale: scale, options: .standard)
        #expect(buffer[0, 0] == Cell("▄", style: Style(foreground: .blue, background: .red)))
        #expect(buffer[1, 0] == .blank, "unpainted pixels stay blank")
        field.render(into: &buffer, x: 0, y: 0, scale: scale, options: DisplayOptions(unicode: false, color: false))
        #expect(buffer[0, 0].character == "-", "the mean, one half, is the middle of \" .:-=+*\"")
        field.render(into: &buffer, x: 0, y: 0, scale: scale, options: DisplayOptions(unicode: true, color: false))
        #expect(buffer[0, 0].character == "▒")
    }

    @Test func colourScalesSplitTheUnitIntervalEvenly() {
        let scale = ColorScale(colors: [.blue, .green, .red])
        #expect(scale.color(at: 0) == .blue)
        #expect(scale.color(at: 0.34) == .green)
        #expect(scale.color(at: 1) == .red)
        #expect(scale.color(at: 7) == .red)
        #expect(scale.color(at: -.infinity) == .blue)
    }
}
