/// Draws the line-like layers of a plot onto a dot canvas and collects the glyphs and texts
/// that go on top of it, in layer order.
///
/// Everything is clipped in transformed data space before it becomes a dot, so NaN, ±∞ and
/// far-out values are skipped or cut at the frame and never reach integer arithmetic.
struct SeriesRasterizer {
    private(set) var canvas: DotCanvas
    private(set) var overlays: [CellOverlay] = []
    private let layout: PlotLayout
    private let dotsX: AxisMapping
    private let dotsY: AxisMapping
    private let clipper: SegmentClipper
    private let unicode: Bool

    init(canvas: DotCanvas, layout: PlotLayout, unicode: Bool) {
        self.canvas = canvas
        self.layout = layout
        self.unicode = unicode
        dotsX = layout.x.resampled(to: canvas.pixelWidth)
        dotsY = layout.y.resampled(to: canvas.pixelHeight)
        clipper = SegmentClipper(minX: layout.x.lower, maxX: layout.x.upper, minY: layout.y.lower, maxY: layout.y.upper)
    }

    mutating func draw(_ series: PlotSeries) {
        switch series {
        case .function(let curve):
            drawCurve(curve)
        case .line(let points, let color, _):
            drawPolyline(points, color: color)
        case .points(let points, let marker, let color, _):
            for point in points { drawPoint(point, marker: marker, color: color) }
        case .segments(let pairs, let color, _):
            for (start, end) in pairs { drawSegment(from: transformed(start), to: transformed(end), color: color) }
        case .verticalLine(let x, let color, _):
            let position = layout.x.scale.transform(x)
            drawSegment(from: (position, layout.y.lower), to: (position, layout.y.upper), color: color)
        case .horizontalLine(let y, let color, _):
            let position = layout.y.scale.transform(y)
            drawSegment(from: (layout.x.lower, position), to: (layout.x.upper, position), color: color)
        case .marker(let point, let marker, let color, let text):
            drawMarker(point, marker: marker, color: color, text: text)
        case .iterates(let points, let color, _):
            drawPolyline(points, color: color)
            labelLatestIterates(points, color: color)
        case .histogram(let edges, let heights, let color, _):
            drawHistogram(edges: edges, heights: heights, color: color)
        case .surface:
            break
        }
    }

    private func transformed(_ point: PlotPoint) -> (Double, Double) {
        (layout.x.scale.transform(point.x), layout.y.scale.transform(point.y))
    }

    /// A segment between two transformed points, clipped to the ranges, then rasterised.
    private mutating func drawSegment(from start: (Double, Double), to end: (Double, Double), color: TerminalColor) {
        guard let clipped = clipper.clip(start.0, start.1, end.0, end.1) else { return }
        canvas.line(
            dotsX.pixel(ofTransformed: clipped.x0), dotsY.pixel(ofTransformed: clipped.y0),
            dotsX.pixel(ofTransformed: clipped.x1), dotsY.pixel(ofTransformed: clipped.y1), color: color)
    }

    /// Consecutive finite points are joined; a non-finite point breaks the line.
    private mutating func drawPolyline(_ points: [PlotPoint], color: TerminalColor) {
        var previous: (Double, Double)?
        for point in points {
            let current = transformed(point)
            guard current.0.isFinite, current.1.isFinite else {
                previous = nil
                continue
            }
            drawSegment(from: previous ?? current, to: current, color: color)
            previous = current
        }
    }

    /// Samples at the centre of every dot column inside the domain, plus the domain's ends.
    private mutating func drawCurve(_ curve: FunctionCurve) {
        let scaleX = layout.x.scale
        var lower = layout.x.lower
        var upper = layout.x.upper
        if let domain = curve.domain {
            lower = max(lower, scaleX.transform(domain.lowerBound))
            upper = min(upper, scaleX.transform(domain.upperBound))
        }
        guard lower <= upper, dotsX.count > 0 else { return }
        let scaleY = layout.y.scale
        var previous: (Double, Double)?
        func visit(_ position: Double) {
            let value = scaleY.transform(curve.function(scaleX.inverse(position)))
            guard value.isFinite else {
                previous = nil
                return
            }
            drawSegment(from: previous ?? (position, value), to: (position, value), color: curve.color)
            previous = (position, value)
        }
        visit(lower)
        let first = dotsX.pixel(ofTransformed: lower)
        let last = dotsX.pixel(ofTransformed: upper)
        for pixel in first...last {
            let centre = dotsX.transformedCenter(ofPixel: pixel)
            if centre > lower && centre < upper { visit(centre) }
        }
        visit(upper)
    }

    private mutating func drawPoint(_ point: PlotPoint, marker: PointMarker, color: TerminalColor) {
        let (x, y) = transformed(point)
        guard clipper.contains(x, y) else { return }
        switch marker {
        case .dot:
            canvas.set(dotsX.pixel(ofTransformed: x), dotsY.pixel(ofTransformed: y), color: color)
        case .glyph:
            addOverlay(at: point, text: String(marker.character(unicode: unicode)), color: color)
        }
    }

    private mutating func drawMarker(_ point: PlotPoint, marker: PointMarker, color: TerminalColor, text: String?) {
        drawPoint(point, marker: marker, color: color)
        guard let text, !text.isEmpty, let column = layout.column(forX: point.x), let row = layout.row(forY: point.y)
        else { return }
        let area = layout.plotArea
        // Beside the marker on the right, or on the left when the right has no room.
        let start = column + 2 + text.count <= area.maxX ? column + 2 : column - 1 - text.count
        overlays.append(CellOverlay(column: max(start, area.x), row: row, text: text, color: color, bold: false))
    }

    /// How many of the newest iterates carry their number; the rest are numbered in the table.
    static let labelledIterates = 3

    /// Numbers the newest iterates, newest first, leaving out a label that would overprint one
    /// already placed.
    private mutating func labelLatestIterates(_ points: [PlotPoint], color: TerminalColor) {
        var placed: [(row: Int, columns: Range<Int>)] = []
        for index in points.indices.reversed().prefix(Self.labelledIterates) {
            let point = points[index]
            guard let column = layout.column(forX: point.x), let row = layout.row(forY: point.y) else { continue }
            let text = String(index)
            let columns = column..<(column + text.count)
            let clashes = placed.contains {
                $0.row == row && $0.columns.overlaps((columns.lowerBound - 1)..<(columns.upperBound + 1))
            }
            guard !clashes else { continue }
            placed.append((row, columns))
            overlays.append(CellOverlay(column: column, row: row, text: text, color: color, bold: true))
        }
    }

    private mutating func addOverlay(at point: PlotPoint, text: String, color: TerminalColor) {
        guard let column = layout.column(forX: point.x), let row = layout.row(forY: point.y) else { return }
        overlays.append(CellOverlay(column: column, row: row, text: text, color: color, bold: true))
    }

    /// Filled bars from 0 (or the bottom of the plot) up to each height; a bar three or more dots
    /// wide leaves its last column empty so that neighbouring bars stay apart.
    private mutating func drawHistogram(edges: [Double], heights: [Double], color: TerminalColor) {
        precondition(edges.count == heights.count + 1 || heights.isEmpty, "a histogram has one more edge than bars")
        let baseValue = layout.y.scale.transform(0)
        let base = baseValue.isFinite ? min(max(baseValue, layout.y.lower), layout.y.upper) : layout.y.lower
        for (index, height) in heights.enumerated() {
            let left = layout.x.scale.transform(edges[index])
            let right = layout.x.scale.transform(edges[index + 1])
            let top = layout.y.scale.transform(height)
            guard left.isFinite, right.isFinite, top.isFinite, left < right,
                right > layout.x.lower, left < layout.x.upper
            else { continue }
            let firstColumn = dotsX.pixel(ofTransformed: max(left, layout.x.lower))
            var lastColumn = dotsX.pixel(ofTransformed: min(right, layout.x.upper))
            if lastColumn - firstColumn >= 3 { lastColumn -= 1 }
            let topRow = dotsY.pixel(ofTransformed: min(max(top, layout.y.lower), layout.y.upper))
            let baseRow = dotsY.pixel(ofTransformed: base)
            for column in firstColumn..<max(lastColumn, firstColumn + 1) {
                canvas.line(column, min(topRow, baseRow), column, max(topRow, baseRow), color: color)
            }
        }
    }
}
