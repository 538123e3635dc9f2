import Testing

@testable import MLETutor

/// Every plot kind, braille and ASCII, at a small and a large size: what a learner sees.
@Suite struct PlotSnapshotTests {
    static let sizes = [(60, 16), (120, 36)]

    func render(_ scene: PlotScene, width: Int, height: Int, options: DisplayOptions) -> TextBuffer {
        var buffer = TextBuffer(width: width, height: height)
        scene.plot.draw(into: &buffer, in: buffer.bounds, options: options)
        return buffer
    }

    @Test(arguments: PlotScene.allCases, [true, false])
    func snapshot(scene: PlotScene, unicode: Bool) {
        for (width, height) in Self.sizes {
            let buffer = render(
                scene, width: width, height: height, options: DisplayOptions(unicode: unicode, color: true))
            expectSnapshot(buffer, named: "plot-\(scene.rawValue)-\(unicode ? "braille" : "ascii")-\(width)x\(height)")
        }
    }

    /// UnicodePlots' check: all lines equally wide, counted in characters, each one column wide.
    @Test(arguments: PlotScene.allCases, [true, false])
    func everyLineHasTheSameWidth(scene: PlotScene, unicode: Bool) {
        for (width, height) in Self.sizes {
            let buffer = render(
                scene, width: width, height: height, options: DisplayOptions(unicode: unicode, color: true))
            for line in buffer.lines {
                #expect(line.count == width)
                #expect(line.unicodeScalars.allSatisfy(Self.isSingleColumn), "\(line)")
            }
        }
    }

    @Test(arguments: PlotScene.allCases)
    func asciiPlotsAreAscii(scene: PlotScene) {
        let buffer = render(scene, width: 60, height: 16, options: .ascii)
        let stray = buffer.cells.map(\.character).filter { !$0.isASCII }
        // Titles, legend labels and marker texts are the caller's words; the drawing itself must
        // be ASCII.
        let plot = scene.plot
        var words = plot.x.title + plot.y.title
        for layer in plot.series {
            if let entry = layer.legendEntry(unicode: false) { words += entry.label }
            if case .marker(_, _, _, let text) = layer { words += text ?? "" }
        }
        #expect(stray.allSatisfy { words.contains($0) }, "\(stray)")
    }

    /// Scalars a terminal shows one column wide: ASCII, Greek, combining marks, subscripts,
    /// and the box, block, braille, shape and dingbat glyphs the plots use.
    static func isSingleColumn(_ scalar: Unicode.Scalar) -> Bool {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x300...0x36F, 0x370...0x3FF, 0x2080...0x208E, 0x2100...0x214F, 0x2212...0x2212,
            0x2500...0x25FF, 0x2605...0x2605, 0x2715...0x2715, 0x2800...0x28FF,
        ]
        return ranges.contains { $0.contains(scalar.value) }
    }
}
