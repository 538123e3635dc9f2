import MLECore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The log-likelihood surface of two free parameters (Normal μ and σ, Gamma α and β): a heatmap
/// with contours, a cursor moved with the four arrow keys and its readout, the peak, and the
/// same optimizers as the optimizer page drawing their paths from the cursor.
///
/// ```yaml
/// - kind: surface
///   title: The Normal likelihood in μ and σ
///   prompt: ...                      # optional
///   family: normal
///   sample: {mu: 5, sigma: 2, n: 30, seed: 11}
///   start: [3.5, 3]                  # optional: the cursor's first position, or `moments`
///   method: gradient                 # or newton
///   learning-rate: 0.02              # η; by default from the curvature at the peak
///   max-steps: 100                   # optional: stop there, "did not converge after 100 iterations"
/// ```
struct SurfacePage: PageModel {
    var prompt: String?
    /// A family's data (the `surface` kind, `explore`) or a typed two-parameter model (the
    /// `model` kind's third tab).
    let model: any LikelihoodSource
    private(set) var horizontal: ParameterSlider
    private(set) var vertical: ParameterSlider
    var run: OptimizerRun

    /// The checkpoint: the run went on until it stopped, converged or diagnosed.
    var checkpointMet: Bool? { run.isFinished }

    /// The contours' depths below the peak: ½k² for k = 1…5, where a one-parameter slice would be
    /// k standard errors from θ̂.
    static let contourDepths = [0.5, 2, 4.5, 8, 12.5]
    /// How far below the peak the colour scale reaches.
    static let colorDepth = 20.0

    static let pageKind = PageKind(
        name: "surface", fields: DatasetSpec.fields + ["prompt", "start", "method", "learning-rate", "max-steps"]
    ) { fields in
        guard let spec = DatasetSpec.decode(fields, freeParameters: 2), let method = OptimizerSpec.method(fields) else {
            return nil
        }
        var page = SurfacePage(
            model: spec.model, method: method, learningRate: fields.optionalDouble("learning-rate", in: 1e-6...100),
            prompt: fields.optionalString("prompt"), maxSteps: fields.optionalInt("max-steps", in: 1...10_000))
        if fields.has("max-steps") && page.run.maxSteps == nil { return nil }
        if let node = fields.value("start") {
            let moments = node.string == "moments" ? MomentsStart.theta(for: spec.model) : nil
            guard let (x, y) = moments.map({ ($0[0], $0[1]) }) ?? fields.numberPair("start"),
                page.place(at: Theta(x, y))
            else {
                let ranges =
                    "\(page.horizontal.range.lowerBound)...\(page.horizontal.range.upperBound) and \(page.vertical.range.lowerBound)...\(page.vertical.range.upperBound)"
                fields.log.error(
                    "field 'start' in \(fields.what) must be two numbers [x, y] inside the plot (\(ranges)) and the parameters' domain, or 'moments' for the method-of-moments point",
                    at: node)
                return nil
            }
        }
        return page
    }

    /// The surface over θ̂ ± 5 standard errors in each parameter, the cursor a quarter of the way
    /// in where the middle would sit on the peak; η by default half the inverse of the largest
    /// curvature at the peak, so gradient ascent is stable but slow along the ridge.
    /// `sliders` replace the default ranges (a typed model's, which take in the learner's start).
    init(
        model: any LikelihoodSource, sliders: (horizontal: ParameterSlider, vertical: ParameterSlider)? = nil,
        method: OptimizerMethod = .gradientAscent, learningRate: Double? = nil, prompt: String? = nil,
        maxSteps: Int? = nil
    ) {
        precondition(model.dimension == 2, "the surface page has two free parameters")
        self.model = model
        self.prompt = prompt
        horizontal = sliders?.horizontal ?? ParameterRange.slider(for: model, index: 0)
        vertical = sliders?.vertical ?? ParameterRange.slider(for: model, index: 1)
        var start = Theta(horizontal.value, vertical.value)
        if !model.problem.isInDomain(start), let fit = model.fit {
            horizontal.set(fit.estimates[0].value)
            vertical.set(fit.estimates[1].value)
            start = Theta(horizontal.value, vertical.value)
        }
        run = OptimizerRun(
            problem: model.problem, method: method,
            learningRate: learningRate ?? OptimizerPage.stableLearningRate(for: model), start: start,
            maxSteps: maxSteps)
        run.noMaximum = model.noFitReason
    }

    /// Puts the cursor, and the optimizer's start, at θ when it is inside the plot and the
    /// domain; false (and nothing moved) otherwise.
    mutating func place(at theta: Theta) -> Bool {
        guard horizontal.range.contains(theta[0]), vertical.range.contains(theta[1]), model.problem.isInDomain(theta)
        else { return false }
        horizontal.set(theta[0])
        vertical.set(theta[1])
        run.reset(to: cursor)
        return true
    }

    var symbols: (String, String) {
        (ReadoutFormat.symbol(model.parameterNames[0]), ReadoutFormat.symbol(model.parameterNames[1]))
    }
    var cursor: Theta { Theta(horizontal.value, vertical.value) }
    var wantsTicks: Bool { run.isPlaying }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        guard case .key(let key) = event else { return run.tick() }
        let problem = model.problem
        let y = vertical.value
        let x = horizontal.value
        var response: ParameterSlider.Response?
        switch key {
        case .up, .character("k"):
            response = vertical.move(by: 1, allowed: { problem.isInDomain(Theta(x, $0)) }) ? .moved : .blocked
        case .down, .character("j"):
            response = vertical.move(by: -1, allowed: { problem.isInDomain(Theta(x, $0)) }) ? .moved : .blocked
        case .character("["), .character("]"):
            _ = vertical.handle(key, allowed: { _ in true })
            response = horizontal.handle(key, allowed: { _ in true })
        default:
            response = horizontal.handle(key, allowed: { problem.isInDomain(Theta($0, y)) })
        }
        guard let response else { return run.handle(key) }
        if response == .moved { run.reset(to: cursor) }
        return .handled
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let top =
            PageText.prompt(prompt, width: rect.width, options: options)
            + (model.dataStrip(width: rect.width, options: options).map { [($0, Style.muted)] } ?? [])
        var bottom: [(String, Style)] = [(readout, .strong), (settings, .plain)]
        if let reason = model.noFitReason, !run.diagnosis.isFinished {
            bottom += PageText.wrapped("No maximum: \(reason).", style: .accent, width: rect.width)
        }
        bottom += run.statusLines(width: rect.width)
        if run.diagnosis.isConverged {
            let (a, b) = symbols
            let theta = run.current.theta
            bottom.append(
                (
                    "Result: \(a) = \(ReadoutFormat.compact(theta[0], digits: 12)), \(b) = \(ReadoutFormat.compact(theta[1], digits: 12))   "
                        + "ℓ = \(ReadoutFormat.compact(run.current.logLikelihood, digits: 12))", .strong
                ))
        }
        PageText.layout(top: top, bottom: bottom, into: &buffer, in: rect, options: options) { buffer, area in
            plot(options: options).draw(into: &buffer, in: area, options: options)
        }
    }

    func plot(options: DisplayOptions) -> Plot {
        let problem = model.problem
        let height = model.fit?.logLikelihood ?? problem.logLikelihood(cursor)
        // A likelihood that cannot be evaluated at the cursor (data near 1e±308) still gets a
        // colour scale: an empty or NaN range would trap.
        let peak = height.isFinite ? height : 0
        var series: [PlotSeries] = [
            .surface(
                Surface(
                    valueRange: (peak - Self.colorDepth)...peak, contourLevels: Self.contourDepths.map { peak - $0 }
                ) { x, y in
                    let theta = Theta(x, y)
                    return problem.isInDomain(theta) ? problem.logLikelihood(theta) : .nan
                })
        ]
        if let fit = model.fit {
            series.append(
                .marker(
                    PlotPoint(fit.estimates[0].value, fit.estimates[1].value), marker: .star, color: .red, text: "peak")
            )
        }
        if run.path.count > 1 {
            series.append(.iterates(run.path.map { PlotPoint($0.theta[0], $0.theta[1]) }, color: .white, label: nil))
        }
        series.append(.marker(PlotPoint(cursor[0], cursor[1]), marker: .plus, color: .white, text: nil))
        return Plot(
            x: PlotAxis(title: symbols.0, range: horizontal.range),
            y: PlotAxis(title: symbols.1, range: vertical.range), series: series
        ).displayable(options)
    }

    /// The cursor, ℓ there and the score.
    var readout: String {
        let problem = model.problem
        let value = problem.logLikelihood(cursor)
        let score = problem.score(cursor)
        let (a, b) = symbols
        return "\(a) = \(horizontal.text), \(b) = \(vertical.text)   ℓ = \(ReadoutFormat.logLikelihood(value))"
            + "   ∂ℓ/∂\(a) = \(ReadoutFormat.slope(score[0], scale: value)), ∂ℓ/∂\(b) = \(ReadoutFormat.slope(score[1], scale: value))"
    }

    /// The method, η, and the latest iterate.
    var settings: String {
        let current = run.current
        let (a, b) = symbols
        return "\(run.title)   step \(current.number): "
            + "\(a) = \(ReadoutFormat.compact(current.theta[0])), \(b) = \(ReadoutFormat.compact(current.theta[1]))"
            + (run.isPlaying ? "   playing" : "")
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [KeyHint(context.options.glyphs.arrows, "move")] + run.keyHints(options: context.options)
            + [KeyHint("[ ]", "finer/coarser")]
    }
}
