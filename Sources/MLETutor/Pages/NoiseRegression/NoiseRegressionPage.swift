import MLECore

/// A line fitted by maximum likelihood to points with a few outliers, under the noise model the
/// learner picks: Gaussian, Laplace or Student-t. The fitted line, the scale, ℓ and the loss the
/// model implies change with the choice; `c` cycles the model and `o` takes the outliers out and puts them back.
///
/// ```yaml
/// - kind: noise-regression
///   title: Choose the noise, get the loss
///   prompt: ...              # optional
///   seed: 4
///   points: 30               # 5 to 100, outliers included (the exact LAD fit is O(n³))
///   outliers: 3              # how many points are pushed far above the line, 0 to a third of them
///   noise: gaussian          # the first model shown: gaussian, laplace or student-t
/// ```
struct NoiseRegressionPage: PageModel {
    var prompt: String?
    let x: [Double]
    let y: [Double]
    /// Which points are outliers.
    let isOutlier: [Bool]
    private(set) var noise: NoiseModel
    private(set) var includesOutliers = true
    /// The three fits, in `NoiseModel.allCases` order, for the data as shown; nil where a fit is
    /// impossible.
    private(set) var fits: [RobustRegression?]
    /// The models seen with the outliers in.
    private(set) var modelsSeen: Set<NoiseModel>

    static let modelNames: [(String, NoiseModel)] = [
        ("gaussian", .gaussian), ("laplace", .laplace), ("student-t", .studentT),
    ]

    static let pageKind = PageKind(
        name: "noise-regression", fields: ["prompt", "seed", "points", "outliers", "noise"]
    ) { fields in
        let seed = fields.optionalInt("seed", in: 0...Int.max) ?? 4
        let points = fields.optionalInt("points", in: 5...100) ?? 30
        let outliers = fields.optionalInt("outliers", in: 0...(points / 3)) ?? min(3, points / 3)
        var noise = NoiseModel.gaussian
        if let name = fields.optionalString("noise") {
            guard let chosen = modelNames.first(where: { $0.0 == name })?.1 else {
                fields.reportUnknown("noise model", name, among: modelNames.map(\.0), field: "noise")
                return nil
            }
            noise = chosen
        }
        return NoiseRegressionPage(
            seed: UInt64(seed), points: points, outliers: outliers, noise: noise,
            prompt: fields.optionalString("prompt"))
    }

    /// `points` values of x spread over [0, 10], y = 1 + 0.8x + N(0, 1), the last `outliers` of
    /// them raised by 8 to 12.
    init(seed: UInt64, points: Int, outliers: Int, noise: NoiseModel, prompt: String? = nil) {
        var generator = SeededGenerator(seed: seed)
        var x: [Double] = []
        var y: [Double] = []
        for i in 0..<points {
            let xi = 10 * (Double(i) + StandardDraws.openUnit(using: &generator)) / Double(points)
            x.append(xi)
            y.append(1 + 0.8 * xi + StandardDraws.normal(using: &generator))
        }
        var isOutlier = Array(repeating: false, count: points)
        let stride = outliers > 0 ? points / outliers : points
        for k in 0..<outliers {
            let index = min(points - 1, k * stride + stride / 2)
            y[index] += 8 + 4 * StandardDraws.openUnit(using: &generator)
            isOutlier[index] = true
        }
        self.x = x
        self.y = y
        self.isOutlier = isOutlier
        self.noise = noise
        self.prompt = prompt
        fits = Self.fit(x, y)
        modelsSeen = [noise]
    }

    private static func fit(_ x: [Double], _ y: [Double]) -> [RobustRegression?] {
        NoiseModel.allCases.map { try? RobustRegression(x: x, y: y, noise: $0) }
    }

    /// The points in use: all of them, or those that are not outliers.
    var shown: (x: [Double], y: [Double]) {
        guard !includesOutliers else { return (x, y) }
        let kept = x.indices.filter { !isOutlier[$0] }
        return (kept.map { x[$0] }, kept.map { y[$0] })
    }

    var currentFit: RobustRegression? { fits[NoiseModel.allCases.firstIndex(of: noise) ?? 0] }

    /// Met once all three models have been seen with the outliers in.
    var checkpointMet: Bool? { modelsSeen.count == NoiseModel.allCases.count }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        guard case .key(let key) = event else { return .ignored }
        switch key {
        case .character("c"):
            let all = NoiseModel.allCases
            let index = all.firstIndex(of: noise) ?? 0
            noise = all[(index + 1) % all.count]
        case .character("o"):
            includesOutliers.toggle()
            let data = shown
            fits = Self.fit(data.x, data.y)
        default:
            return .ignored
        }
        if includesOutliers { modelsSeen.insert(noise) }
        return .handled
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [KeyHint("c", "noise model"), KeyHint("o", includesOutliers ? "drop outliers" : "restore outliers")]
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let top = PageText.prompt(prompt, width: rect.width)
        let bottom = readouts
        PageText.layout(top: top, bottom: bottom, into: &buffer, in: rect, options: options) { buffer, area in
            plot.displayable(options).draw(into: &buffer, in: area, options: options)
        }
    }

    var plot: Plot {
        let inliers = x.indices.filter { !isOutlier[$0] }.map { PlotPoint(x[$0], y[$0]) }
        let outliers = x.indices.filter { isOutlier[$0] }.map { PlotPoint(x[$0], y[$0]) }
        var series: [PlotSeries] = [.points(inliers, marker: .circle, color: .blue, label: nil)]
        if includesOutliers && !outliers.isEmpty {
            series.append(.points(outliers, marker: .cross, color: .red, label: "outliers"))
        }
        if let fit = currentFit {
            series.append(
                .line(
                    [PlotPoint(0, fit.predict(0)), PlotPoint(10, fit.predict(10))], color: .yellow,
                    label: "\(noise) fit"))
        }
        let values = includesOutliers ? y : shown.y
        let low = (values.min() ?? 0).rounded(.down)
        let high = (values.max() ?? 1).rounded(.up)
        return Plot(x: PlotAxis(title: "x", range: 0...10), y: PlotAxis(title: "y", range: low...high), series: series)
    }

    /// The model, its loss, the fit, and ℓ under each model.
    var readouts: [(String, Style)] {
        var lines: [(String, Style)] = [
            ("noise: \(noise)   implied loss: \(noise.lossFormula)", .strong)
        ]
        if let fit = currentFit {
            lines.append(
                (
                    "line: y = \(NumberText.fixed(fit.intercept, decimals: 3)) + \(NumberText.fixed(fit.slope, decimals: 3))·x"
                        + "   s = \(NumberText.fixed(fit.scale, decimals: 3))"
                        + "   ℓ = \(ReadoutFormat.logLikelihood(fit.logLikelihood))", .plain
                ))
        } else {
            lines.append(("No fit: the points do not determine a line and a scale.", .failure))
        }
        let comparison = zip(NoiseModel.allCases, fits).map { model, fit in
            let name = model == .studentT ? "Student-t" : "\(model)"
            return "\(name) \(fit.map { ReadoutFormat.logLikelihood($0.logLikelihood) } ?? "–")"
        }
        lines.append(("ℓ at each MLE: " + comparison.joined(separator: "   "), .muted))
        lines.append(
            (
                includesOutliers
                    ? "\(isOutlier.filter { $0 }.count) outliers in (×); o drops them"
                    : "outliers dropped; o restores them", .muted
            ))
        return lines
    }
}
