import MLECore

/// The likelihood explorer: one free parameter on a slider, the curve of L(θ) or ℓ(θ) with the
/// slider's line, a readout of θ, L, ℓ and the score, the data, and optionally a "find the peak"
/// goal, interval bands and data the learner can add to.
///
/// ```yaml
/// - kind: explorer
///   title: Find the peak
///   prompt: Move the slider to where the data are most probable.   # optional
///   family: binomial
///   trials: 10
///   data: [7]                     # or sample: {p: 0.7, n: 10, seed: 3}
///   fixed: {sigma: 2}             # when the family has two parameters
///   start: 0.5                    # optional, as are all below
///   step: 0.01
///   range: [0, 1]
///   view: likelihood              # or log-likelihood
///   goal: true                    # "find the peak"
///   tolerance: 0.1                # how close counts, in standard errors of θ̂
///   intervals: false              # show the 95% Wald and likelihood-ratio bands at first
///   live: true                    # keys to add and remove observations
/// ```
struct ExplorerPage: PageModel {
    var prompt: String?
    private(set) var model: LikelihoodModel
    var source: ObservationSource?
    private(set) var slider: ParameterSlider
    private(set) var view: CurveView
    private(set) var showsIntervals: Bool
    /// The goal's tolerance in standard errors, when the page has a goal.
    let goalTolerance: Double?
    private(set) var foundPeak = false
    /// At narrow widths, whether the data with the model over them is shown instead of the
    /// likelihood curve (`d` switches); wide screens show both side by side.
    private(set) var showsData = false
    /// True once the learner has found the peak: its marker stays on the plot from then on.
    private(set) var peakRevealed = false
    let isLive: Bool
    /// A line for the learner until the next move: a hint, or why a key did nothing.
    private(set) var message: String?

    static let pageKind = PageKind(
        name: "explorer",
        fields: DatasetSpec.fields + SliderSpec.fields + ["prompt", "view", "goal", "tolerance", "intervals", "live"]
    ) { fields in
        guard let spec = DatasetSpec.decode(fields, freeParameters: 1),
            let slider = SliderSpec.decode(fields, model: spec.model)
        else { return nil }
        let view = CurveView(rawValue: fields.optionalString("view") ?? "likelihood")
        if view == nil {
            fields.log.error(
                "field 'view' in \(fields.what) must be likelihood or log-likelihood", at: fields.value("view"))
        }
        let goal = fields.optionalBool("goal") ?? false
        let tolerance = fields.optionalDouble("tolerance", in: 0.001...3)
        if tolerance != nil && !goal {
            fields.log.error("field 'tolerance' in \(fields.what) needs 'goal: true'", at: fields.value("tolerance"))
        }
        if goal && spec.model.fit == nil {
            fields.log.error("\(fields.what) has a goal but its data have no finite maximum", at: fields.value("goal"))
            return nil
        }
        guard let view else { return nil }
        return ExplorerPage(
            model: spec.model, slider: slider, view: view, prompt: fields.optionalString("prompt"),
            goalTolerance: goal ? tolerance ?? 0.1 : nil, showsIntervals: fields.optionalBool("intervals") ?? false,
            isLive: fields.optionalBool("live") ?? false, source: spec.source)
    }

    init(
        model: LikelihoodModel, slider: ParameterSlider, view: CurveView = .likelihood, prompt: String? = nil,
        goalTolerance: Double? = nil, showsIntervals: Bool = false, isLive: Bool = false,
        source: ObservationSource? = nil
    ) {
        precondition(model.dimension == 1, "the explorer has one free parameter")
        self.model = model
        self.slider = slider
        self.view = view
        self.prompt = prompt
        self.goalTolerance = goalTolerance
        self.showsIntervals = showsIntervals
        self.isLive = isLive && model.isEditable
        self.source = source
        checkGoal()
    }

    /// The page `mletutor explore` opens: the slider over θ̂ ± 5 standard errors starting in the
    /// middle, the peak marked, and observations editable when the data were listed.
    init(exploring model: LikelihoodModel) {
        var slider = ParameterRange.slider(for: model, index: 0)
        if !model.problem.isInDomain(Theta(slider.value)) {
            slider.set(model.estimate(0)?.value ?? slider.value)
        }
        self.init(model: model, slider: slider, isLive: true, source: ObservationSource(fittedTo: model))
    }

    var symbol: String { ReadoutFormat.symbol(model.parameterNames[0]) }
    var theta: Theta { Theta(slider.value) }

    /// The checkpoint of a page with a goal: the slider on the peak.
    var checkpointMet: Bool? { goalTolerance == nil ? nil : foundPeak }

    // MARK: Events

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        guard case .key(let key) = event else { return .ignored }
        let problem = model.problem
        if let response = slider.handle(key, allowed: { problem.isInDomain(Theta($0)) }) {
            if response != .restepped {
                message = response == .moved ? nil : "The slider is at the end of the range."
                checkGoal()
            }
            return .handled
        }
        switch key {
        case .character("v"):
            view = view.toggled
        case .character("d") where model.values != nil:
            showsData.toggle()
        case .character("s"):
            message = hint
        case .character("b") where model.fit != nil:
            showsIntervals.toggle()
        case .character("H") where isLive && model.family == .bernoulli:
            add([1])
        case .character("T") where isLive && model.family == .bernoulli:
            add([0])
        case .character("a") where isLive && source != nil:
            addDrawn(1)
        case .character("A") where isLive && source != nil:
            addDrawn(10)
        case .character("x") where isLive:
            message = model.removeLast() ? nil : "The last observation stays: a likelihood needs data."
            checkGoal()
        default:
            return .ignored
        }
        return .handled
    }

    mutating func adopt(_ newModel: LikelihoodModel) {
        model = newModel
        checkGoal()
    }

    /// Adds `count` observations drawn from the page's source.
    private mutating func addDrawn(_ count: Int) {
        guard var draw = source else { return }
        let values = draw.next(count)
        source = draw
        add(values)
    }

    private mutating func add(_ values: [Double]) {
        do {
            for value in values { try model.append(value) }
            message = nil
        } catch {
            message = error.message
        }
        checkGoal()
    }

    /// Marks the goal reached while the slider is within the tolerance of θ̂ (or, where θ̂ has no
    /// standard error, on the nearest position of the slider's grid).
    private mutating func checkGoal() {
        guard let tolerance = goalTolerance, let estimate = model.estimate(0) else { return }
        let se = estimate.standardError
        let allowed = se > 0 ? tolerance * se : slider.step / 2
        // The goal follows the slider: met while the slider is on the peak, not after it leaves.
        foundPeak = abs(slider.value - estimate.value) <= max(allowed, slider.step * 1e-9)
        if foundPeak { peakRevealed = true }
    }

    /// Which way the slope points at the slider, from the score.
    var hint: String {
        let score = model.problem.score(theta)[0]
        let shownSlope = ReadoutFormat.slope(score, scale: model.problem.logLikelihood(theta))
        let slope = "ℓ′(\(symbol)) = \(shownSlope)"
        // The readout's own rounding to zero decides "flat", so the two never disagree.
        if shownSlope == "0" {
            return "Hint: \(slope): flat, so this is the peak."
        }
        return score > 0
            ? "Hint: \(slope) > 0, so uphill is to the right (→)."
            : "Hint: \(slope) < 0, so uphill is to the left (←)."
    }

    // MARK: Drawing

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        var lines: [(String, Style)] = [(readout, .strong)]
        if showsIntervals, let estimate = model.estimate(0) { lines.append((intervalsText(estimate), .plain)) }
        lines += statusLines.map { ($0, $0.hasPrefix("✓") ? Style.success : .accent) }
        let top =
            PageText.prompt(prompt, width: rect.width, options: options) + [
                (DataStrip.text(model, width: rect.width, options: options), Style.muted)
            ]
        lines = PageText.fitted(lines, width: rect.width, options: options)
        let plotHeight = max(0, rect.height - top.count - lines.count)
        let y = PageText.write(top, into: &buffer, y: rect.y, in: rect, options: options)
        let area = Rect(x: rect.x, y: y, width: rect.width, height: plotHeight)
        let curve = LikelihoodCurve(model: model, range: slider.range, symbol: symbol)
        let likelihoodPlot = curve.plot(view, layers: layers(curve), options: options)
        if let dataPlot = modelOverData?.plot(options: options)?.displayable(options) {
            if Self.showsBothPlots(width: rect.width) {
                let left = area.width / 2
                likelihoodPlot.draw(
                    into: &buffer, in: Rect(x: area.x, y: area.y, width: left, height: area.height), options: options)
                dataPlot.draw(
                    into: &buffer,
                    in: Rect(x: area.x + left + 1, y: area.y, width: area.width - left - 1, height: area.height),
                    options: options)
            } else {
                (showsData ? dataPlot : likelihoodPlot).draw(into: &buffer, in: area, options: options)
            }
        } else {
            likelihoodPlot.draw(into: &buffer, in: area, options: options)
        }
        PageText.write(lines, into: &buffer, y: y + plotHeight, in: rect, options: options)
    }

    /// Wide enough for the likelihood and the data side by side.
    static func showsBothPlots(width: Int) -> Bool { width >= 110 }

    /// The data with the model at the slider's θ over them, when the values are kept.
    var modelOverData: ModelOverData? {
        guard let values = model.values else { return nil }
        var parameters = model.fixed
        parameters[model.parameterNames[0]] = slider.value
        guard let distribution = ModelDistribution(family: model.family, parameters: parameters) else { return nil }
        return ModelOverData(values: values, model: distribution, symbolText: "\(symbol) = \(slider.text)")
    }

    private func layers(_ curve: LikelihoodCurve) -> [PlotSeries] {
        var layers: [PlotSeries] = []
        if showsIntervals, let estimate = model.estimate(0), let fit = model.fit {
            let wald = estimate.waldInterval
            if wald.lower.isFinite && wald.upper.isFinite && wald.lower < wald.upper {
                layers.append(.verticalLine(x: wald.lower, color: .green, label: "95% Wald"))
                layers.append(.verticalLine(x: wald.upper, color: .green, label: nil))
            }
            if let ratio = estimate.likelihoodRatioInterval {
                layers.append(.verticalLine(x: ratio.lower, color: .magenta, label: "95% LR"))
                layers.append(.verticalLine(x: ratio.upper, color: .magenta, label: nil))
                layers.append(
                    .horizontalLine(
                        y: curve.height(view, logLikelihood: fit.logLikelihood - LikelihoodRatioInterval.drop),
                        color: .magenta, label: nil))
            }
        }
        layers.append(.verticalLine(x: slider.value, color: .yellow, label: nil))
        if peakRevealed || goalTolerance == nil, let estimate = model.estimate(0), let fit = model.fit {
            layers.append(
                .marker(
                    PlotPoint(estimate.value, curve.height(view, logLikelihood: fit.logLikelihood)),
                    marker: .diamond, color: .red,
                    text: "\(symbol)\u{302} = \(ReadoutFormat.compact(estimate.value, digits: 4))"))
        }
        return layers
    }

    /// θ, L(θ), ℓ(θ) and the score at the slider, and the step.
    var readout: String {
        let problem = model.problem
        let logLikelihood = problem.logLikelihood(theta)
        let score = problem.score(theta)[0]
        return
            "\(symbol) = \(slider.text) (step \(slider.stepText))   L(\(symbol)) = \(ReadoutFormat.likelihood(fromLog: logLikelihood))"
            + "   ℓ(\(symbol)) = \(ReadoutFormat.logLikelihood(logLikelihood))"
            + "   ℓ′(\(symbol)) = \(ReadoutFormat.slope(score, scale: logLikelihood))"
    }

    private func intervalsText(_ estimate: ParameterEstimate) -> String {
        func interval(_ interval: ConfidenceInterval) -> String {
            "[\(ReadoutFormat.significant(interval.lower, digits: 3)), \(ReadoutFormat.significant(interval.upper, digits: 3))]"
        }
        var text = "95% Wald \(interval(estimate.waldInterval))"
        if let ratio = estimate.likelihoodRatioInterval { text += "   95% likelihood-ratio \(interval(ratio))" }
        return text
    }

    /// The goal's state, the message, and where the likelihood has no peak, why.
    var statusLines: [String] {
        var lines: [String] = []
        if let reason = model.noFitReason {
            lines.append("No maximum: \(reason).")
        } else if goalTolerance != nil {
            lines.append(foundPeak ? foundText : "Goal: put the slider on the peak of the curve. s gives a hint.")
        }
        if let message { lines.append(message) }
        return lines
    }

    private var foundText: String {
        guard let estimate = model.estimate(0) else { return "" }
        let value = ReadoutFormat.compact(estimate.value)
        if let closedForm = model.closedForm {
            return "✓ You found the MLE: \(symbol)\u{302} = \(closedForm) = \(value)"
        }
        return "✓ You found the MLE: \(symbol)\u{302} = \(value) (no formula gives it: it is found numerically)"
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        var hints = [
            KeyHint(context.options.glyphs.leftRight, "move \(symbol)"), KeyHint("[ ]", "step"),
            KeyHint("v", view == .likelihood ? "show ℓ" : "show L"),
        ]
        hints.append(KeyHint("s", "hint"))
        if model.values != nil && !Self.showsBothPlots(width: context.width) {
            // Second, so the bar keeps it at 80 columns: the data view is half of the page.
            hints.insert(KeyHint("d", showsData ? "likelihood" : "data"), at: 1)
        }
        if model.fit != nil { hints.append(KeyHint("b", "intervals")) }
        if isLive {
            if model.family == .bernoulli { hints.append(KeyHint("H T", "add toss")) }
            if source != nil { hints.append(KeyHint("a A", "add 1/10")) }
            hints.append(KeyHint("x", "remove"))
        }
        return hints.map { KeyHint($0.keys, context.options.displayable($0.action)) }
    }
}
