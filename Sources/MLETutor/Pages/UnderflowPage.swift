import MLECore

/// The likelihood of n observations of probability p each, multiplied out in floating point and
/// summed as logarithms: the product reaches exactly 0 at some n (for p ≤ ½) or freezes at a tiny
/// subnormal value (for p > ½), while the sum of logs never fails.
/// The learner picks p and n with keys.
struct UnderflowPage: PageModel {
    private(set) var probability: Double
    private(set) var count: Int

    static let probabilities: [Double] = [0.001, 0.01, 0.05, 0.1, 0.2, 0.5, 0.9, 0.99, 0.999]
    static let counts: [Int] = [1, 2, 5, 10, 20, 50, 100, 200, 300, 500, 1000, 2000, 5000, 10000]

    init(probability: Double = 0.1, count: Int = 1000) {
        self.probability = probability
        self.count = count
    }

    static let pageKind = PageKind(name: "underflow", fields: ["p", "n"]) { fields in
        let p = fields.optionalDouble("p", in: 0.0001...0.9999) ?? 0.1
        let n = fields.optionalInt("n", in: 1...10000) ?? 1000
        return UnderflowPage(probability: p, count: n)
    }

    var product: ProductOfProbabilities { ProductOfProbabilities(probability: probability) }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        guard case .key(let key) = event else { return .ignored }
        switch key {
        case .up, .character("k"):
            count = Self.counts.first { $0 > count } ?? count
        case .down, .character("j"):
            count = Self.counts.last { $0 < count } ?? count
        case .character("+"), .character("="):
            probability = Self.probabilities.first { $0 > probability } ?? probability
        case .character("-"):
            probability = Self.probabilities.last { $0 < probability } ?? probability
        default:
            return .ignored
        }
        return .handled
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [KeyHint(context.options.glyphs.upDown, "n"), KeyHint("+/-", "p")]
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let (plotArea, panel) = ReadoutPanel.split(rect, panelWidth: 38)
        plot.displayable(options).draw(into: &buffer, in: plotArea, options: options)
        ReadoutPanel.draw(readouts, into: &buffer, in: panel, options: options)
    }

    /// log₁₀ L against n: the sum of logs as a straight line, the direct product until it hits 0.
    var plot: Plot {
        let direct = product.directProductLog10s(upTo: count)
        let stride = max(1, count / 400)
        let directPoints = Swift.stride(from: 0, through: count, by: stride)
            .filter { direct[$0].isFinite }
            .map { PlotPoint(Double($0), direct[$0]) }
        let logSum = product.logSum(count: count) / Double.ln10
        let smallest = AxisScale.logarithm10(Double.leastNonzeroMagnitude)
        let bottom = min(logSum, smallest) * 1.08 - 1
        // Lines named where they run rather than in a legend, which a small plot has no corner for.
        let n = Double(count)
        var series: [PlotSeries] = [
            .horizontalLine(y: smallest, color: .red, label: nil),
            .marker(PlotPoint(0.7 * n, smallest), marker: .dot, color: .red, text: "smallest double"),
            .line([PlotPoint(0, 0), PlotPoint(n, logSum)], color: .green, label: nil),
            .marker(PlotPoint(0.55 * n, 0.55 * logSum), marker: .dot, color: .green, text: "sum of logs"),
            .line(directPoints, color: .yellow, label: nil),
        ]
        if let zero = product.firstZero(limit: count) {
            series.append(.verticalLine(x: Double(zero), color: .magenta, label: nil))
            series.append(
                .marker(PlotPoint(Double(zero), 0.15 * bottom), marker: .dot, color: .magenta, text: "product = 0"))
        } else if let last = directPoints.last {
            series.append(.marker(PlotPoint(0.3 * n, 0.3 * last.y), marker: .dot, color: .yellow, text: "product"))
        }
        return Plot(
            x: PlotAxis(title: "n", range: 0...Double(count)),
            y: PlotAxis(title: "log₁₀ L", range: bottom...(-bottom * 0.04)),
            series: series, showsLegend: false)
    }

    var readouts: [StyledLine] {
        let direct = product.directProduct(count: count)
        let logSum = product.logSum(count: count)
        var lines = [
            ReadoutPanel.entry("p =", NumberText.fixed(probability, decimals: probability < 0.01 ? 3 : 2)),
            ReadoutPanel.entry("n =", String(count)),
            .empty,
            StyledLine("Multiplied out:", style: .heading),
            ReadoutPanel.entry("  L = p·p·…·p =", NumberText.scientific(direct)),
        ]
        if let zero = product.firstZero(limit: 100_000) {
            lines.append(StyledLine("  exactly 0 from n = \(zero) on", style: direct == 0 ? .failure : .muted))
        } else if let frozen = product.firstFrozen(limit: 100_000) {
            lines.append(
                StyledLine("  never 0: stuck from n = \(frozen) on", style: count >= frozen ? .failure : .muted))
            lines.append(StyledLine("  (p·L rounds back to L)", style: count >= frozen ? .failure : .muted))
        }
        lines += [
            .empty,
            StyledLine("As a sum of logs:", style: .heading),
            ReadoutPanel.entry("  ℓ = n·log p =", NumberText.fixed(logSum, decimals: 1)),
            StyledLine([
                StyledRun("  so L = 10^"),
                StyledRun(NumberText.fixed(logSum / Double.ln10, decimals: 1), style: .strong),
            ]),
            .empty,
            StyledLine(
                "The smallest positive double is \(NumberText.scientific(Double.leastNonzeroMagnitude)).", style: .muted
            ),
        ]
        return lines
    }
}

extension Double {
    /// log 10, to turn natural logarithms into decimal ones.
    static let ln10 = 2.302585092994045684
}
