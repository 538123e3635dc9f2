import MLECore

/// Survival times from an exponential (or Weibull) model, right-censored at the end of a study:
/// the correct censored fit beside two naive ones (dropping the censored, or counting them as
/// events), each drawn as a survival curve over the data. `[` and `]` shorten and lengthen the
/// study, which changes how many times are censored; `w` switches Exponential and Weibull.
///
/// ```yaml
/// - kind: survival
///   title: Patients still alive at the end
///   prompt: ...              # optional
///   seed: 6
///   patients: 40             # 5 to 500
///   mean-time: 5             # the true mean survival time
///   study-end: 6             # follow-up stops here; later times are censored
/// ```
struct SurvivalPage: PageModel {
    var prompt: String?
    /// Every patient's true survival time, drawn once.
    let trueTimes: [Double]
    let meanTime: Double
    private(set) var studyEnd: Double
    private(set) var weibull = false
    /// Whether the learner has changed the length of the study.
    private(set) var changedStudy = false

    static let pageKind = PageKind(name: "survival", fields: ["prompt", "seed", "patients", "mean-time", "study-end"]) {
        fields in
        let seed = fields.optionalInt("seed", in: 0...Int.max) ?? 6
        let patients = fields.optionalInt("patients", in: 5...500) ?? 40
        let mean = fields.optionalDouble("mean-time", in: 0.1...1000) ?? 5
        let end = fields.optionalDouble("study-end", in: (mean / 10)...(mean * 10))
        if fields.has("study-end") && end == nil { return nil }
        return SurvivalPage(
            seed: UInt64(seed), patients: patients, meanTime: mean, studyEnd: end ?? mean,
            prompt: fields.optionalString("prompt"))
    }

    init(seed: UInt64, patients: Int, meanTime: Double, studyEnd: Double, prompt: String? = nil) {
        var generator = SeededGenerator(seed: seed)
        trueTimes = (0..<patients).map { _ in -meanTime * Double.log(StandardDraws.openUnit(using: &generator)) }
        self.meanTime = meanTime
        self.studyEnd = studyEnd
        self.prompt = prompt
    }

    /// What the study sees: each time, or the study's end for those still event-free then.
    var observed: CensoredSurvival? {
        try? CensoredSurvival(times: trueTimes.map { min($0, studyEnd) }, events: trueTimes.map { $0 <= studyEnd })
    }

    /// The three fits: (name, survival function, mean survival), correct first.
    var fits: [(name: String, survival: @Sendable (Double) -> Double, mean: Double)] {
        guard let data = observed else { return [] }
        let variants: [(String, CensoredSurvival?)] = [
            ("censored MLE", data), ("drop censored", data.droppingCensored),
            ("censored = events", data.censoredAsEvents),
        ]
        return variants.compactMap { name, variant in
            guard let variant else { return nil }
            if weibull, let fit = variant.weibullFit {
                let (k, sigma) = (fit.shape, fit.scale)
                return (
                    name, { t in Double.exp(-Double.pow(t / sigma, k)) }, sigma * Double.exp(Double.logGamma(1 + 1 / k))
                )
            }
            let rate = variant.exponentialRate
            return (name, { t in Double.exp(-rate * t) }, 1 / rate)
        }
    }

    /// Met once the learner has changed the study's length and seen the fits move.
    var checkpointMet: Bool? { changedStudy }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        guard case .key(let key) = event else { return .ignored }
        switch key {
        case .character("["):
            studyEnd = max(meanTime / 10, (studyEnd / 1.25 * 1000).rounded() / 1000)
            changedStudy = true
        case .character("]"):
            studyEnd = min(meanTime * 10, (studyEnd * 1.25 * 1000).rounded() / 1000)
            changedStudy = true
        case .character("w"): weibull.toggle()
        default: return .ignored
        }
        return .handled
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [KeyHint("[ ]", "shorter/longer study"), KeyHint("w", weibull ? "exponential" : "Weibull")]
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let top = PageText.prompt(prompt, width: rect.width)
        let bottom = readouts
        PageText.layout(top: top, bottom: bottom, into: &buffer, in: rect, options: options) { buffer, area in
            plot.displayable(options).draw(into: &buffer, in: area, options: options)
        }
    }

    static let colors: [TerminalColor] = [.green, .red, .magenta]

    /// The fitted survival curves S(t), the events along the top and the censored at the study's end.
    var plot: Plot {
        let horizon = max(studyEnd * 1.6, meanTime * 2)
        var series: [PlotSeries] = fits.enumerated().map { index, fit in
            .curve(color: Self.colors[index], label: fit.name, fit.survival)
        }
        series.append(.verticalLine(x: studyEnd, color: .yellow, label: "study ends"))
        let events = trueTimes.filter { $0 <= studyEnd }.map { PlotPoint($0, 1.02) }
        series.append(.points(events, marker: .cross, color: .white, label: nil))
        return Plot(
            x: PlotAxis(title: "t", range: 0...horizon), y: PlotAxis(title: "S(t)", range: 0...1.05), series: series)
    }

    var readouts: [(String, Style)] {
        guard let data = observed else {
            return [("Every patient outlived the study: no event, so no fit. Press ] for a longer study.", .failure)]
        }
        let censored = data.times.count - data.eventCount
        var lines: [(String, Style)] = [
            (
                "\(data.times.count) patients, \(data.eventCount) events (×), \(censored) censored at t = "
                    + "\(ReadoutFormat.compact(studyEnd, digits: 4))   model: \(weibull ? "Weibull" : "exponential")",
                .strong
            )
        ]
        let shortNames = ["MLE", "dropped", "as events"]
        let means = zip(shortNames, fits).map { "\($0) \(NumberText.fixed($1.mean, decimals: 2))" }
        lines.append(
            (
                "mean survival (true \(ReadoutFormat.compact(meanTime, digits: 4))): " + means.joined(separator: "   "),
                .plain
            ))
        return lines
    }
}
