import MLECore

/// Gradient ascent or Newton-Raphson climbing a one-parameter log-likelihood: the learner sets
/// the start with the slider, then steps or plays the run and watches each iterate, with the
/// tangent (gradient ascent) or the local parabola (Newton) at the latest one.
///
/// ```yaml
/// - kind: optimizer
///   title: Gradient ascent on the Gamma shape
///   prompt: ...                      # optional
///   family: gamma
///   sample: {alpha: 2.5, beta: 1, n: 50, seed: 4}
///   fixed: {beta: 1}
///   start: 0.5                       # the slider, as on the explorer
///   step: 0.1
///   range: [0.1, 6]
///   method: gradient                 # or newton
///   learning-rate: 0.005             # η, snapped to 1, 2 or 5 × 10^k
///   safeguard: false                 # optional: raw Newton, to watch it fail
/// ```
struct OptimizerPage: PageModel {
    var prompt: String?
    private(set) var model: any LikelihoodSource
    private(set) var slider: ParameterSlider
    var run: OptimizerRun

    static let pageKind = PageKind(
        name: "optimizer",
        fields: DatasetSpec.fields + SliderSpec.fields + ["prompt", "method", "learning-rate", "safeguard"]
    ) { fields in
        guard let spec = DatasetSpec.decode(fields, freeParameters: 1),
            let slider = SliderSpec.decode(fields, model: spec.model),
            let method = OptimizerSpec.method(fields)
        else { return nil }
        let learningRate = fields.optionalDouble("learning-rate", in: 1e-6...100) ?? 0.01
        if fields.has("safeguard") && fields.optionalBool("safeguard") == nil { return nil }
        return OptimizerPage(
            model: spec.model, slider: slider, method: method, learningRate: learningRate,
            prompt: fields.optionalString("prompt"), safeguarded: fields.optionalBool("safeguard") ?? true)
    }

    init(
        model: any LikelihoodSource, slider: ParameterSlider, method: OptimizerMethod, learningRate: Double,
        prompt: String? = nil, safeguarded: Bool = true
    ) {
        precondition(model.dimension == 1, "the optimizer page has one free parameter")
        self.model = model
        self.slider = slider
        self.prompt = prompt
        run = OptimizerRun(
            problem: model.problem, method: method, learningRate: learningRate, start: Theta(slider.value),
            safeguarded: safeguarded)
        run.noMaximum = model.noFitReason
    }

    var symbol: String { ReadoutFormat.symbol(model.parameterNames[0]) }

    /// Climbs the likelihood of `newModel` from the same start, with the same method and η.
    mutating func adopt(_ newModel: LikelihoodModel) {
        model = newModel
        run = OptimizerRun(
            problem: newModel.problem, method: run.method, learningRate: run.learningRate, start: Theta(slider.value))
        run.noMaximum = newModel.noFitReason
    }

    /// Half the inverse of the largest curvature of ℓ at the peak: gradient ascent is then stable
    /// near the peak. 0.01 where there is no peak.
    static func stableLearningRate(for model: any LikelihoodSource) -> Double {
        guard let fit = model.fit else { return 0.01 }
        let values = fit.estimates.map(\.value)
        let information = model.problem.observedInformation(
            values.count == 1 ? Theta(values[0]) : Theta(values[0], values[1]))
        let largest = max(information.h11, information.dimension == 2 ? information.h22 : 0)
        return largest > 0 && largest.isFinite ? 0.5 / largest : 0.01
    }

    var wantsTicks: Bool { run.isPlaying }
    /// The checkpoint: the run went on until it stopped, converged or diagnosed.
    var checkpointMet: Bool? { run.isFinished }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        guard case .key(let key) = event else { return run.tick() }
        let problem = model.problem
        guard let response = slider.handle(key, allowed: { problem.isInDomain(Theta($0)) }) else {
            return run.handle(key)
        }
        if response == .moved { run.reset(to: Theta(slider.value)) }
        return .handled
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let top = PageText.prompt(prompt, width: rect.width, options: options) + [(settings, Style.strong)]
        var bottom = run.statusLines(width: rect.width)
        if run.diagnosis.isConverged {
            bottom.append(
                (
                    "Result: \(symbol) = \(ReadoutFormat.compact(run.current.theta[0], digits: 12))   "
                        + "ℓ = \(ReadoutFormat.compact(run.current.logLikelihood, digits: 12))", .strong
                ))
        }
        let fittedTop = PageText.fitted(top, width: rect.width, options: options)
        let fittedBottom = PageText.fitted(bottom, width: rect.width, options: options)
        let room = rect.height - fittedTop.count - fittedBottom.count
        let tableRows = room >= 12 ? min(7, (room - 4) / 2) : 0
        var table = IterationTable.lines(run.path, names: model.parameterNames, rows: tableRows).map {
            ($0, Style.plain)
        }
        // Blank rows keep the plot the same height while the table fills.
        if !table.isEmpty { table += Array(repeating: ("", Style.plain), count: tableRows - table.count) }
        let plotHeight = max(0, room - table.count)
        let y = PageText.write(fittedTop, into: &buffer, y: rect.y, in: rect, options: options)
        let view = IterateView(path: run.path, baseRange: slider.range, problem: model.problem)
        let curve = LikelihoodCurve(model: model, range: view.range, symbol: symbol)
        let lowest = view.onPlot.map(\.logLikelihood).filter(\.isFinite).min() ?? .infinity
        curve.plot(.logLikelihood, layers: layers(view, options: options), lowest: lowest, options: options)
            .draw(into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width, height: plotHeight), options: options)
        PageText.write(table + fittedBottom, into: &buffer, y: y + plotHeight, in: rect, options: options)
    }

    /// The method, η and the start.
    var settings: String {
        "\(run.title)   start \(symbol) = \(slider.text)" + (run.isPlaying ? "   playing" : "")
    }

    private func layers(_ view: IterateView, options: DisplayOptions) -> [PlotSeries] {
        let width = view.range.upperBound - view.range.lowerBound
        let current = run.current
        var layers: [PlotSeries] = [.verticalLine(x: slider.value, color: .yellow, label: "start")]
        if current.isFinite, view.range.contains(current.theta[0]) {
            switch run.method {
            case .gradientAscent:
                layers.append(
                    .tangent(
                        atX: current.theta[0], value: current.logLikelihood, slope: current.score[0],
                        halfWidth: 0.12 * width, color: .green, label: "tangent"))
            case .newtonRaphson:
                let curvature = current.hessian.h11
                let reach = curvature < 0 ? abs(current.score[0] / curvature) * 1.3 : 0
                layers.append(
                    .parabola(
                        atX: current.theta[0], value: current.logLikelihood, slope: current.score[0],
                        curvature: curvature, halfWidth: min(max(reach, 0.06 * width), 0.5 * width),
                        color: .magenta, label: "Newton's parabola"))
            }
        }
        layers.append(.iterates(run.path.map { PlotPoint($0.theta[0], $0.logLikelihood) }, color: .red, label: nil))
        layers += view.edgeMarkers(symbol: symbol, unicode: options.unicode)
        return layers
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [KeyHint(context.options.glyphs.leftRight, "start")] + run.keyHints(options: context.options)
            + [KeyHint("[ ]", "slider step")]
    }
}

/// The optimizer settings of a page as a lesson file gives them.
enum OptimizerSpec {
    static func method(_ fields: YAMLMapping) -> OptimizerMethod? {
        guard let name = fields.optionalString("method") else { return .gradientAscent }
        guard let method = OptimizerMethod(rawValue: name) else {
            fields.log.error(
                "field 'method' in \(fields.what) must be gradient or newton, not '\(name)'", at: fields.value("method")
            )
            return nil
        }
        return method
    }
}

extension OptimizerRun {
    /// "Gradient ascent   η = 0.01" or "Newton-Raphson".
    var title: String {
        let name = method.name.prefix(1).uppercased() + method.name.dropFirst()
        guard method == .newtonRaphson else { return "\(name)   η = \(ReadoutFormat.compact(learningRate))" }
        return safeguarded ? name : "\(name), no safeguard"
    }

    /// A tick of the animation clock: `.handled` when it took a step, `.ignored` when the
    /// screen stays as it was.
    mutating func tick() -> PageResponse {
        advanceClock() ? .handled : .ignored
    }

    /// The keys a run answers to: s step, g play/pause, 1–4 speed, e run to the end, o switch
    /// method, + and - η, r reset.
    mutating func handle(_ key: Key) -> PageResponse {
        switch key {
        case .character("s"):
            if isPlaying { togglePlay() }
            step()
        case .character("g"):
            togglePlay()
        case .character("o"):
            switchMethod()
        case .character("+"), .character("="):
            guard method == .gradientAscent else { return .ignored }
            changeLearningRate(faster: true)
        case .character("-"):
            guard method == .gradientAscent else { return .ignored }
            changeLearningRate(faster: false)
        case .character("r"):
            reset()
        case .character("e"):
            runToEnd()
        case .character(let digit) where ("1"..."4").contains(digit):
            setSpeed(digit.wholeNumberValue ?? 1)
        default:
            return .ignored
        }
        return .handled
    }

    /// The run's keys for the help bar.
    func keyHints(options: DisplayOptions) -> [KeyHint] {
        [
            KeyHint("s", "step"), KeyHint("g", isPlaying ? "pause" : "play"), KeyHint("e", "to end"),
            KeyHint("1-4", "speed \(speed)"),
        ]
            + (method == .gradientAscent ? [KeyHint("+ -", options.displayable("η"))] : [])
            + [KeyHint("o", "switch to \(method.other.name)"), KeyHint("r", "reset")]
    }
}
