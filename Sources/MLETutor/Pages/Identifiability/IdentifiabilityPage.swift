import MLECore

/// A likelihood the data cannot pin down: a scale reads weight w plus its own bias b, so only
/// w + b reaches the readings, and ℓ(w, b) is a flat ridge along w + b = ȳ. The optimizers climb
/// onto the ridge and MLECore names the failure; `c` adds calibration readings of the empty pan,
/// which measure b alone, and the ridge becomes a single peak.
///
/// ```yaml
/// - kind: identifiability
///   title: A parameter the data cannot see
///   prompt: ...                      # optional
///   seed: 7
///   readings: 20                     # readings of w + b, 2 to 500
///   calibrations: 10                 # readings of b alone that c adds, 1 to 500
///   weight: 5                        # the true w and b the readings are drawn from
///   bias: 1
///   method: gradient                 # or newton
/// ```
struct IdentifiabilityPage: PageModel {
    var prompt: String?
    let readings: [Double]
    let calibration: [Double]
    /// Whether the calibration readings are in the likelihood.
    private(set) var calibrated = false
    private(set) var weight: ParameterSlider
    private(set) var bias: ParameterSlider
    private(set) var run: OptimizerRun
    /// Whether a run without calibration ended on the ridge, named as not identifiable.
    private(set) var sawRidge = false
    /// Whether a run with calibration reached the single peak.
    private(set) var fittedCalibrated = false

    /// Half the width of the plot in each parameter, around the values drawn from.
    static let halfWidth = 4.0

    static let pageKind = PageKind(
        name: "identifiability",
        fields: ["prompt", "seed", "readings", "calibrations", "weight", "bias", "method"]
    ) { fields in
        let seed = fields.optionalInt("seed", in: 0...Int.max) ?? 1
        let readings = fields.optionalInt("readings", in: 2...500) ?? 20
        let calibrations = fields.optionalInt("calibrations", in: 1...500) ?? 10
        let weight = fields.optionalDouble("weight", in: -1000...1000) ?? 5
        let bias = fields.optionalDouble("bias", in: -1000...1000) ?? 1
        guard let method = OptimizerSpec.method(fields) else { return nil }
        let drawn = OffsetSumLikelihood.draw(
            weight: weight, bias: bias, readings: readings, calibrations: calibrations, seed: UInt64(seed))
        return IdentifiabilityPage(
            readings: drawn.readings, calibration: drawn.calibration, center: Theta(weight, bias), method: method,
            prompt: fields.optionalString("prompt"))
    }

    /// The page over w and b within `halfWidth` of `center`, the cursor at its lower left.
    ///
    /// - Precondition: there are at least one reading and one calibration reading, all finite.
    init(readings: [Double], calibration: [Double], center: Theta, method: OptimizerMethod, prompt: String? = nil) {
        precondition(!readings.isEmpty && !calibration.isEmpty, "the page needs readings and calibration")
        self.readings = readings
        self.calibration = calibration
        self.prompt = prompt
        let half = Self.halfWidth
        weight = ParameterSlider(
            value: center[0] - half / 2, step: 0.1, range: (center[0] - half)...(center[0] + half))
        bias = ParameterSlider(value: center[1] - half / 2, step: 0.1, range: (center[1] - half)...(center[1] + half))
        let problem = Self.problem(readings, calibration, calibrated: false)
        run = OptimizerRun(
            problem: AnyLikelihoodProblem(problem), method: method,
            learningRate: Self.learningRate(problem), start: Theta(weight.value, bias.value))
    }

    private static func problem(_ readings: [Double], _ calibration: [Double], calibrated: Bool)
        -> OffsetSumLikelihood
    {
        // The draws are finite by construction, so this cannot throw; an empty fallback would
        // hide a programmer error, hence the precondition.
        guard let problem = try? OffsetSumLikelihood(readings: readings, calibration: calibrated ? calibration : [])
        else { preconditionFailure("drawn readings are finite and not empty") }
        return problem
    }

    /// Half the inverse of the largest curvature, as on the surface page: stable, and slow
    /// along a ridge.
    private static func learningRate(_ problem: OffsetSumLikelihood) -> Double {
        let information = problem.observedInformation(Theta(0, 0))
        return 0.5 / max(information.h11, information.h22)
    }

    /// The likelihood as the page stands.
    var problem: OffsetSumLikelihood { Self.problem(readings, calibration, calibrated: calibrated) }
    var cursor: Theta { Theta(weight.value, bias.value) }

    /// Set once the learner has seen the ridge named and then fitted the calibrated model.
    var checkpointMet: Bool? { sawRidge && fittedCalibrated }

    var wantsTicks: Bool { run.isPlaying }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        guard case .key(let key) = event else { return record(run.tick()) }
        var moved: Bool?
        switch key {
        case .up, .character("k"): moved = bias.move(by: 1)
        case .down, .character("j"): moved = bias.move(by: -1)
        case .left, .character("h"): moved = weight.move(by: -1)
        case .right, .character("l"): moved = weight.move(by: 1)
        case .character("c"):
            calibrated.toggle()
            rebuildRun()
            return .handled
        default:
            return record(run.handle(key))
        }
        if moved == true { run.reset(to: cursor) }
        return .handled
    }

    private mutating func rebuildRun() {
        let problem = problem
        let method = run.method
        run = OptimizerRun(
            problem: AnyLikelihoodProblem(problem), method: method, learningRate: Self.learningRate(problem),
            start: cursor)
    }

    /// Notes what a finished run showed, for the checkpoint.
    private mutating func record(_ response: PageResponse) -> PageResponse {
        if run.diagnosis == .notIdentifiable && !calibrated { sawRidge = true }
        if run.diagnosis.isConverged && calibrated { fittedCalibrated = true }
        return response
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let top = PageText.prompt(prompt, width: rect.width) + [(dataLine, Style.muted)]
        let bottom = [(readout, Style.strong), (settings, Style.plain)] + run.statusLines(width: rect.width)
        PageText.layout(top: top, bottom: bottom, into: &buffer, in: rect, options: options) { buffer, area in
            plot(options: options).draw(into: &buffer, in: area, options: options)
        }
    }

    /// What the likelihood is built from.
    var dataLine: String {
        let problem = problem
        let sums =
            "\(problem.readingCount) readings of w + b, ȳ = \(ReadoutFormat.compact(problem.readingMean, digits: 4))"
        guard calibrated else { return sums + "   calibration: off (c adds it)" }
        return sums + "   \(problem.calibrationCount) of b alone, z̄ = "
            + ReadoutFormat.compact(problem.calibrationMean, digits: 4)
    }

    func plot(options: DisplayOptions) -> Plot {
        let problem = problem
        let top = problem.highestLogLikelihood
        var series: [PlotSeries] = [
            .surface(
                Surface(
                    valueRange: (top - SurfacePage.colorDepth)...top,
                    contourLevels: SurfacePage.contourDepths.map { top - $0 }
                ) { x, y in problem.logLikelihood(Theta(x, y)) })
        ]
        if let peak = problem.maximum {
            series.append(.marker(PlotPoint(peak[0], peak[1]), marker: .star, color: .red, text: "peak"))
        }
        if run.path.count > 1 {
            series.append(.iterates(run.path.map { PlotPoint($0.theta[0], $0.theta[1]) }, color: .white, label: nil))
        }
        series.append(.marker(PlotPoint(cursor[0], cursor[1]), marker: .plus, color: .white, text: nil))
        return Plot(
            x: PlotAxis(title: "w", range: weight.range), y: PlotAxis(title: "b", range: bias.range), series: series
        ).displayable(options)
    }

    /// The cursor, ℓ there, and the determinant of the information matrix, which is zero
    /// exactly when the ridge is flat.
    var readout: String {
        let problem = problem
        let information = problem.observedInformation(cursor)
        return
            "w = \(weight.text), b = \(bias.text)   ℓ = \(ReadoutFormat.logLikelihood(problem.logLikelihood(cursor)))"
            + "   det J = \(ReadoutFormat.compact(information.determinant, digits: 4))"
    }

    var settings: String {
        let current = run.current
        return "\(run.title)   step \(current.number): "
            + "w = \(ReadoutFormat.compact(current.theta[0])), b = \(ReadoutFormat.compact(current.theta[1]))"
            + (run.isPlaying ? "   playing" : "")
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [KeyHint("c", calibrated ? "drop calibration" : "calibrate"), KeyHint(context.options.glyphs.arrows, "start")]
            + run.keyHints(options: context.options)
    }
}
