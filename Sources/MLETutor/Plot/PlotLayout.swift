/// Where the parts of a plot go inside its rectangle, and how data maps onto cells.
///
/// A page uses it to find the cell of a value (where the slider line is, which column holds
/// θ̂); `Plot.draw` returns the layout it drew with.
struct PlotLayout: Sendable {
    /// The whole rectangle the plot was given.
    let frame: Rect
    /// The cells that show data, inside the axes.
    let plotArea: Rect
    /// The labelled ticks of the x axis, left to right (empty when there is no room for axes).
    let xTicks: [AxisTick]
    /// The labelled ticks of the y axis, bottom to top.
    let yTicks: [AxisTick]
    /// The colour bar of a surface, right of the plot area, when there is room for it.
    let colorBar: ColorBarLayout?
    /// Whether axes, ticks and titles are drawn (false in areas too small for them).
    let hasAxes: Bool
    /// The x axis over the plot area's columns.
    let x: AxisMapping
    /// The y axis over the plot area's rows, flipped (row 0 at the top).
    let y: AxisMapping

    /// Areas smaller than this get no axes: everything they have goes to the data.
    static let minimumWidthForAxes = 16
    static let minimumHeightForAxes = 6

    /// The buffer column of the cell holding data value `value` on the x axis, or nil when it is
    /// outside the x range (or not finite, or not positive on a log axis).
    func column(forX value: Double) -> Int? {
        x.pixel(of: value).map { plotArea.x + $0 }
    }

    /// The buffer row of the cell holding data value `value` on the y axis, or nil when outside.
    func row(forY value: Double) -> Int? {
        y.pixel(of: value).map { plotArea.y + $0 }
    }

    /// The data value at the centre of buffer column `column`, or nil outside the plot area.
    func xValue(atColumn column: Int) -> Double? {
        guard column >= plotArea.x, column < plotArea.maxX else { return nil }
        return x.scale.inverse(x.transformedCenter(ofPixel: column - plotArea.x))
    }

    init(plot: Plot, ranges: PlotRanges, in rect: Rect) {
        let surface = plot.surface
        guard rect.width >= Self.minimumWidthForAxes, rect.height >= Self.minimumHeightForAxes else {
            self.init(bare: rect, plot: plot, ranges: ranges)
            return
        }
        let top = plot.y.title.isEmpty ? 0 : 1
        let plotHeight = rect.height - top - 2
        let yAxis = AxisMapping(
            lower: ranges.y.lowerBound, upper: ranges.y.upperBound, count: plotHeight,
            scale: plot.y.scale, flipped: true)
        let yTicks = Self.verticalTicks(for: yAxis, maximumLabelWidth: rect.width / 3)
        let gutter = (yTicks.map(\.label.count).max() ?? 0) + 1
        var colorBar: ColorBarLayout?
        if let surface, surface.showsColorBar {
            colorBar = ColorBarLayout(
                surface: surface, ranges: ranges, plot: plot, rows: plotHeight,
                maximumLabelWidth: rect.width / 4)
        }
        // The x title sits at the right end of the x axis line, beside the colour bar's foot.
        let titleRoom = plot.x.title.isEmpty ? 0 : plot.x.title.count + 1
        if rect.width - gutter - max(titleRoom, colorBar?.width ?? 0) < Self.minimumWidthForAxes / 2 { colorBar = nil }
        let plotWidth = max(0, rect.width - gutter - max(titleRoom, colorBar?.width ?? 0))
        let area = Rect(x: rect.x + gutter, y: rect.y + top, width: plotWidth, height: plotHeight)
        let xAxis = AxisMapping(
            lower: ranges.x.lowerBound, upper: ranges.x.upperBound, count: plotWidth,
            scale: plot.x.scale, flipped: false)
        let xTicks = TickScale.ticks(
            lower: xAxis.lower, upper: xAxis.upper, scale: xAxis.scale,
            maximumCount: max(1, plotWidth / 5)
        ) { ticks in
            Self.horizontalLabelStarts(ticks, axis: xAxis, area: area, left: rect.x, limit: rect.maxX) != nil
        }
        colorBar?.place(rightOf: area)
        self.init(
            frame: rect, plotArea: area, xTicks: xTicks, yTicks: yTicks, colorBar: colorBar,
            hasAxes: true, x: xAxis, y: yAxis)
    }

    /// A layout without axes: the data fills the whole rectangle.
    private init(bare rect: Rect, plot: Plot, ranges: PlotRanges) {
        self.init(
            frame: rect, plotArea: rect, xTicks: [], yTicks: [], colorBar: nil, hasAxes: false,
            x: AxisMapping(
                lower: ranges.x.lowerBound, upper: ranges.x.upperBound, count: rect.width, scale: plot.x.scale,
                flipped: false),
            y: AxisMapping(
                lower: ranges.y.lowerBound, upper: ranges.y.upperBound, count: rect.height, scale: plot.y.scale,
                flipped: true)
        )
    }

    private init(
        frame: Rect, plotArea: Rect, xTicks: [AxisTick], yTicks: [AxisTick], colorBar: ColorBarLayout?,
        hasAxes: Bool, x: AxisMapping, y: AxisMapping
    ) {
        self.frame = frame
        self.plotArea = plotArea
        self.xTicks = xTicks
        self.yTicks = yTicks
        self.colorBar = colorBar
        self.hasAxes = hasAxes
        self.x = x
        self.y = y
    }

    /// Ticks of a vertical axis: labels on distinct rows with at least one empty row between.
    static func verticalTicks(for axis: AxisMapping, maximumLabelWidth: Int) -> [AxisTick] {
        TickScale.ticks(
            lower: axis.lower, upper: axis.upper, scale: axis.scale,
            maximumCount: max(1, axis.count / 2)
        ) { ticks in
            var previous = Int.min
            for tick in ticks {
                guard tick.label.count <= maximumLabelWidth, let row = axis.pixel(of: tick.value) else { return false }
                // Rows run downwards while values rise, so each label sits above the one before.
                if previous != Int.min && previous - row < 2 { return false }
                previous = row
            }
            return true
        }
    }

    /// The first column of each x label, centred under its tick and kept between `left` and
    /// `limit`; nil when two labels would come closer than two spaces or a label would leave
    /// its tick.
    static func horizontalLabelStarts(_ ticks: [AxisTick], axis: AxisMapping, area: Rect, left: Int, limit: Int)
        -> [Int]?
    {
        var starts: [Int] = []
        var previousEnd = Int.min
        for tick in ticks {
            guard let pixel = axis.pixel(of: tick.value) else { return nil }
            let column = area.x + pixel
            let width = tick.label.count
            let start = min(max(column - (width - 1) / 2, left), limit - width)
            guard start <= column, start + width > column, start >= left else { return nil }
            if previousEnd != Int.min && start < previousEnd + 2 { return nil }
            starts.append(start)
            previousEnd = start + width
        }
        return starts
    }
}
