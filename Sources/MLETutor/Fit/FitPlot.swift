import MLECore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `fit --plot` draws under the table, with the project's own plots: the data as a histogram
/// (bars of proportions for counts) with each fitted density or mass function over it, a Q-Q plot
/// (P-P for counts) with one series per family beside it (below it under 80 columns), and a
/// goodness-of-fit line per family.
enum FitPlot {
    /// One fitted family to draw.
    struct Curve {
        let name: String
        let distribution: any CumulativeDistribution
        let estimated: Int
    }

    static let colors: [TerminalColor] = [.cyan, .yellow, .magenta, .green, .red, .blue]
    static let markers: [PointMarker] = [
        .glyph(unicode: "●", ascii: "o"), .glyph(unicode: "▲", ascii: "^"), .glyph(unicode: "■", ascii: "#"),
        .glyph(unicode: "◆", ascii: "*"), .glyph(unicode: "✚", ascii: "+"), .glyph(unicode: "○", ascii: "@"),
    ]

    /// The curve of a fit, when its parameters are finite.
    static func curve(for fit: FitResult) -> Curve? {
        guard let family = fit.family else { return nil }
        let theta = family.parameterNames.map { fit.value(of: $0) ?? .nan }
        guard theta.allSatisfy({ $0.isFinite })
        else { return nil }
        let distribution = family.model.distribution(theta, trials: family.trials)
        return Curve(name: family.name, distribution: distribution, estimated: fit.freeParameterCount)
    }

    /// The plots and the goodness-of-fit lines, `width` × `height` characters in all.
    static func text(values: [Double], fits: [FitResult], size: PlotSize, options: DisplayOptions) -> String {
        text(values: values, curves: fits.compactMap(curve), width: size.width, height: size.height, options: options)
    }

    static func text(values: [Double], curves: [Curve], width: Int, height: Int, options: DisplayOptions) -> String {
        guard !values.isEmpty, !curves.isEmpty else { return "" }
        let discrete = curves[0].distribution.support.isDiscrete
        let testLines = curves.map { curve in
            "\(curve.name): "
                + describe(GoodnessOfFit.test(values, against: curve.distribution, estimated: curve.estimated))
        }
        var notes = testLines
        if curves.count > 1 {
            let unicode = options.unicode
            notes.insert(
                (discrete ? "P-P" : "Q-Q") + " markers: "
                    + curves.indices.map {
                        "\(markers[$0 % markers.count].character(unicode: unicode)) \(curves[$0].name)"
                    }
                    .joined(separator: "  "), at: 0)
        }
        notes.append(
            discrete
                ? "Chi-square over cells pooled until each expects at least 5; degrees of freedom = cells - 1 - parameters estimated."
                : "The KS p-value assumes the parameters were known; estimated from these data it is too large (an upper bound)."
        )
        notes = notes.flatMap { wrap($0, width: width) }
        let stacked = width < sideBySideWidth
        let plotHeight = max(stacked ? 16 : 8, height - notes.count)
        var buffer = TextBuffer(width: width, height: plotHeight)
        let panels = panels(width: width, height: plotHeight)
        _ = histogram(values, curves, discrete: discrete).draw(into: &buffer, in: panels.data, options: options)
        _ = quantiles(values, curves, discrete: discrete).draw(into: &buffer, in: panels.quantiles, options: options)
        return buffer.description.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n") + "\n" + notes.joined(separator: "\n") + "\n"
    }

    /// From this width the data and Q-Q panels stand side by side; the Q-Q panel then keeps room
    /// for its axis title ("Q-Q: model quantile") and a data area. Narrower, they are stacked.
    static let sideBySideWidth = 80

    /// Where the data (histogram or bars) and the Q-Q (or P-P) panel go in a `width` × `height`
    /// drawing: side by side from `sideBySideWidth`, one above the other below it.
    static func panels(width: Int, height: Int) -> (data: Rect, quantiles: Rect) {
        if width >= sideBySideWidth {
            let left = Rect(x: 0, y: 0, width: width / 2 + 4, height: height)
            return (left, Rect(x: left.width + 1, y: 0, width: width - left.width - 1, height: height))
        }
        let top = Rect(x: 0, y: 0, width: width, height: height / 2)
        return (top, Rect(x: 0, y: top.height, width: width, height: height - top.height))
    }

    private static func histogram(_ values: [Double], _ curves: [Curve], discrete: Bool) -> Plot {
        let sorted = values.sorted()
        let n = Double(sorted.count)
        let low = sorted.first!
        let high = sorted.last!
        var series: [PlotSeries] = []
        if discrete {
            let top = min(high, low + 60)
            let counts = stride(from: low, through: top, by: 1).map { k in Double(sorted.filter { $0 == k }.count) / n }
            let edges = stride(from: low - 0.5, through: top + 0.5, by: 1).map { $0 }
            series.append(.histogram(edges: edges, heights: counts, color: .brightBlack, label: "data"))
            for (index, curve) in curves.enumerated() {
                let points = stride(from: low, through: top, by: 1).map { k in
                    PlotPoint(k, .exp(curve.distribution.logDensity(k)))
                }
                series.append(
                    .points(
                        points, marker: markers[index % markers.count], color: colors[index % colors.count],
                        label: curve.name))
            }
            return Plot(x: PlotAxis(title: "x"), y: PlotAxis(title: "proportion"), series: series)
        }
        // Bins: the Freedman–Diaconis width over the central 99% (so a Cauchy tail does not
        // squeeze the rest into one bar), at most 40 bins.
        let q = { (p: Double) in sorted[min(sorted.count - 1, Int(p * (n - 1)))] }
        let from = q(0.005)
        let to = q(0.995)
        let iqr = q(0.75) - q(0.25)
        let fd = iqr > 0 ? 2 * iqr / cbrt(n) : (to - from) / 10
        let bins = max(5, min(40, Int(((to - from) / max(fd, 1e-300)).rounded(.up))))
        let width = to > from ? (to - from) / Double(bins) : 1
        var heights = Array(repeating: 0.0, count: bins)
        for x in sorted where x >= from && x <= to {
            heights[min(bins - 1, Int((x - from) / width))] += 1 / (n * width)
        }
        let edges = (0...bins).map { from + Double($0) * width }
        series.append(.histogram(edges: edges, heights: heights, color: .brightBlack, label: "data"))
        for (index, curve) in curves.enumerated() {
            let distribution = curve.distribution
            series.append(
                .curve(domain: from...max(to, from + width), color: colors[index % colors.count], label: curve.name) {
                    x in .exp(distribution.logDensity(x))
                })
        }
        let top = max(heights.max() ?? 1, 1e-300) * 1.6
        return Plot(x: PlotAxis(title: "x"), y: PlotAxis(title: "density", range: 0...top), series: series)
    }

    private static func quantiles(_ values: [Double], _ curves: [Curve], discrete: Bool) -> Plot {
        let sorted = values.sorted()
        let n = sorted.count
        // At most 200 points, evenly spread over the order statistics.
        let picks = Array(Set((0..<min(n, 200)).map { $0 * (n - 1) / max(min(n, 200) - 1, 1) })).sorted()
        var series: [PlotSeries] = []
        var extent = (Double.infinity, -Double.infinity)
        for (index, curve) in curves.enumerated() {
            let points = picks.map { i -> PlotPoint in
                let probability = (Double(i) + 0.5) / Double(n)
                if discrete { return PlotPoint(probability, curve.distribution.cdf(sorted[i])) }
                return PlotPoint(curve.distribution.quantile(probability), sorted[i])
            }
            for point in points where point.x.isFinite {
                extent = (min(extent.0, point.x, point.y), max(extent.1, point.x, point.y))
            }
            series.append(
                .points(
                    points.filter { $0.x.isFinite }, marker: markers[index % markers.count],
                    color: colors[index % colors.count], label: curves.count > 1 ? curve.name : nil))
        }
        let diagonal = discrete ? 0.0...1.0 : extent.0...max(extent.1, extent.0 + 1e-12)
        series.insert(
            .line(
                [
                    PlotPoint(diagonal.lowerBound, diagonal.lowerBound),
                    PlotPoint(diagonal.upperBound, diagonal.upperBound),
                ],
                color: .brightBlack, label: nil), at: 0)
        return discrete
            ? Plot(x: PlotAxis(title: "P-P: model"), y: PlotAxis(title: "data"), series: series, showsLegend: false)
            : Plot(
                x: PlotAxis(title: "Q-Q: model quantile", range: diagonal), y: PlotAxis(title: "data", range: diagonal),
                series: series, showsLegend: false)
    }

    private static func describe(_ test: GoodnessOfFit) -> String {
        switch test {
        case .kolmogorovSmirnov(let d, let p):
            return
                "Kolmogorov-Smirnov D = \(SignificantDigits.format(d, digits: 4, trimmingZeros: true)), p \(pValue(p)) (not exact after fitting)"
        case .chiSquare(let statistic, let df, let p, let cells):
            return
                "chi-square = \(SignificantDigits.format(statistic, digits: 4, trimmingZeros: true)) on \(df) df (\(cells) pooled cells), p \(pValue(p))"
        case .notApplicable(let reason):
            return "no goodness-of-fit test: \(reason)"
        }
    }

    /// `line` broken at spaces into lines of at most `width` characters.
    static func wrap(_ line: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = "  "
            }
            current += (current.isEmpty || current == "  " ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private static func pValue(_ p: Double) -> String {
        p < 0.0001 ? "< 0.0001" : "= " + SignificantDigits.format(p, digits: 2, trimmingZeros: true)
    }
}

/// The size `fit --plot` draws at, in characters.
struct PlotSize: Equatable {
    var width: Int
    var height: Int
}
