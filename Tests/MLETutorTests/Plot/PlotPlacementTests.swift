import Testing

@testable import MLETutor

/// Where things land: markers, the slider line, values at the limits, the layout's mapping.
@Suite struct PlotPlacementTests {
    func columns(of character: Character, in buffer: TextBuffer) -> [Int] {
        (0..<buffer.width).filter { column in (0..<buffer.height).contains { buffer[column, $0].character == character }
        }
    }

    @Test(arguments: [0.7, 0.123, 0.5, 0.999, 0.0])
    func aMarkerSitsInTheColumnWhoseValueIsNearest(theta: Double) throws {
        let plot = Plot(
            x: PlotAxis(title: "θ", range: 0...1), y: PlotAxis(range: 0...1),
            series: [.marker(PlotPoint(theta, 0.5), marker: .diamond, color: .red, text: nil)])
        var buffer = TextBuffer(width: 60, height: 16)
        let layout = plot.draw(into: &buffer, in: buffer.bounds, options: .standard)
        let drawn = try #require(columns(of: "◆", in: buffer).first)
        let area = layout.plotArea
        let nearest = try #require(
            (area.x..<area.maxX).min { a, b in
                abs(layout.xValue(atColumn: a)! - theta) < abs(layout.xValue(atColumn: b)! - theta)
            })
        // Equal up to rounding: θ = 0.5 lies on the border of two columns.
        #expect(abs(layout.xValue(atColumn: drawn)! - theta) <= abs(layout.xValue(atColumn: nearest)! - theta) + 1e-12)
        #expect(layout.column(forX: theta) == drawn)
    }

    @Test func theSliderLineIsInTheColumnTheLayoutReports() throws {
        for slider in stride(from: 0.0, through: 1.0, by: 0.05) {
            let plot = Plot(
                x: PlotAxis(range: 0...1), y: PlotAxis(range: 0...1),
                series: [.verticalLine(x: slider, color: .yellow, label: nil)])
            var buffer = TextBuffer(width: 50, height: 12)
            let layout = plot.draw(into: &buffer, in: buffer.bounds, options: .standard)
            let column = try #require(layout.column(forX: slider))
            let drawn = (layout.plotArea.x..<layout.plotArea.maxX).filter { column in
                (layout.plotArea.y..<layout.plotArea.maxY).allSatisfy { buffer[column, $0].character != " " }
            }
            #expect(drawn == [column], "slider at \(slider)")
        }
    }

    @Test func pointsAtTheRangeLimitsAreVisibleInTheCorners() throws {
        let corners = [PlotPoint(0, 0), PlotPoint(1, 0), PlotPoint(0, 1), PlotPoint(1, 1)]
        let plot = Plot(
            x: PlotAxis(range: 0...1), y: PlotAxis(range: 0...1),
            series: [.points(corners, marker: .circle, color: .red, label: nil)])
        var buffer = TextBuffer(width: 40, height: 12)
        let area = plot.draw(into: &buffer, in: buffer.bounds, options: .standard).plotArea
        for (column, row) in [
            (area.x, area.maxY - 1), (area.maxX - 1, area.maxY - 1), (area.x, area.y), (area.maxX - 1, area.y),
        ] {
            #expect(buffer[column, row].character == "●")
        }
    }

    @Test func brailleDotsOfADiagonalFillTheCornerCells() {
        let plot = Plot(
            x: PlotAxis(range: 0...1), y: PlotAxis(range: 0...1),
            series: [.line([PlotPoint(0, 0), PlotPoint(1, 1)], color: .cyan, label: nil)])
        var buffer = TextBuffer(width: 4, height: 2)
        plot.draw(into: &buffer, in: buffer.bounds, options: .standard)
        // 8×8 dots, the diagonal from bottom-left to top-right: two dots in each column of a cell.
        #expect(buffer.lines == ["  ⡠⠊", "⡠⠊  "])
    }

    @Test func thePeakedLikelihoodOfAThousandTrialsPeaksAtOneInTheTopRow() throws {
        var buffer = TextBuffer(width: 60, height: 16)
        let layout = PlotScene.peaked.plot.draw(into: &buffer, in: buffer.bounds, options: .standard)
        let peakColumn = try #require(layout.column(forX: 0.7))
        #expect(buffer[peakColumn, layout.plotArea.y].character != " ")
        #expect(layout.yTicks.last.map { $0.value >= 0.9 && $0.value <= 1.05 } == true)
        #expect(buffer.description.contains("L(θ)/L(θ̂)"))
    }

    @Test func axisTitlesAndLabelsAreShown() {
        var buffer = TextBuffer(width: 60, height: 16)
        let layout = PlotScene.explorer.plot.draw(into: &buffer, in: buffer.bounds, options: .standard)
        #expect(buffer.line(0).hasPrefix("L(θ)"))
        #expect(buffer.line(layout.plotArea.maxY).hasSuffix("θ"))
        #expect(layout.xTicks.map(\.label).first == "0.0")
        #expect(layout.xTicks.map(\.label).last == "1.0")
        for tick in layout.xTicks { #expect(buffer.line(layout.plotArea.maxY + 1).contains(tick.label)) }
        #expect(buffer.description.contains("── L(θ)"))
    }

    @Test func withoutColourNoCellHasColourAndSurfacesAreShaded() {
        var buffer = TextBuffer(width: 60, height: 16)
        PlotScene.surface.plot.draw(
            into: &buffer, in: buffer.bounds, options: DisplayOptions(unicode: true, color: false))
        #expect(buffer.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(buffer.cells.contains { "░▒▓█".contains($0.character) })
        #expect(!buffer.cells.contains { $0.character == "▄" })
    }
}
