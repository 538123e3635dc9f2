import MLECore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which optimizer a page runs.
enum OptimizerMethod: String, Sendable, Hashable {
    case gradientAscent = "gradient"
    case newtonRaphson = "newton"

    var name: String { self == .gradientAscent ? "gradient ascent" : "Newton-Raphson" }
    var other: OptimizerMethod { self == .gradientAscent ? .newtonRaphson : .gradientAscent }
}

/// An optimizer climbing a page's likelihood one step at a time, with its path so far: what the
/// optimizer page and the surface page animate. The steps are MLECore's; this only keeps the
/// path, the start, η, and the play/pause clock.
struct OptimizerRun: Sendable {
    private enum Stepper: Sendable {
        case gradient(GradientAscent<AnyLikelihoodProblem>)
        case newton(NewtonRaphson<AnyLikelihoodProblem>)
    }

    let problem: AnyLikelihoodProblem
    private(set) var method: OptimizerMethod
    /// η, one of `learningRates`.
    private(set) var learningRate: Double
    private(set) var start: Theta
    /// Whether Newton's fallback and step halving are on (they are unless a page turns them off
    /// to show raw Newton failing).
    let safeguarded: Bool
    /// A page's own cap on the number of steps, when it wants the iteration limit reached live;
    /// nil for each optimizer's default.
    let maxSteps: Int?
    /// Why the data have no maximum, when they have none: then no advice about η or the method
    /// can help, and the stop says so instead.
    var noMaximum: String?
    /// Whether ℓ has corners (a typed model with `abs`, `min` or `max`): where Newton stops without
    /// converging, the stop says that its parabola does not fit a corner.
    var hasCorners = false
    /// Every point so far, the start first.
    private(set) var path: [Iterate]
    /// Whether the animation is running.
    private(set) var isPlaying = false
    private var stepper: Stepper
    private var ticks = 0
    /// The play speed, 1 (slowest) to `speeds.count`.
    private(set) var speed = 1

    /// Per speed: ticks of the 50 ms clock per beat, and steps per beat. Speed 1 takes four steps
    /// a second, slow enough to follow; speed 4 two thousand, so a long ridge climb ends in
    /// seconds with every step still drawn.
    static let speeds: [(ticks: Int, steps: Int)] = [(5, 1), (1, 1), (1, 10), (1, 100)]

    /// The most steps `e` takes in one go: a run that has not stopped by then is left to the learner.
    static let runToEndLimit = 100_000

    /// The learning rates η offered: 1, 2 and 5 times powers of ten.
    static let learningRates: [Double] = (-6...2).flatMap { exponent in
        [1.0, 2, 5].map { $0 * (Double("1e\(exponent)") ?? 1) }
    }

    /// - Precondition: `start` is in the problem's domain.
    init(
        problem: AnyLikelihoodProblem, method: OptimizerMethod, learningRate: Double, start: Theta,
        safeguarded: Bool = true, maxSteps: Int? = nil
    ) {
        self.problem = problem
        self.safeguarded = safeguarded
        self.maxSteps = maxSteps
        self.method = method
        self.learningRate =
            Self.learningRates.min { abs(log10($0 / learningRate)) < abs(log10($1 / learningRate)) } ?? learningRate
        self.start = start
        stepper = Self.stepper(problem, method, self.learningRate, start, safeguarded, maxSteps)
        path = [Self.current(stepper)]
    }

    private static func stepper(
        _ problem: AnyLikelihoodProblem, _ method: OptimizerMethod, _ learningRate: Double, _ start: Theta,
        _ safeguarded: Bool, _ maxSteps: Int?
    ) -> Stepper {
        switch method {
        case .gradientAscent:
            let rule = maxSteps.map { StoppingRule(maxIterations: $0) } ?? StoppingRule(maxIterations: 10_000)
            return .gradient(GradientAscent(problem: problem, start: start, learningRate: learningRate, rule: rule))
        case .newtonRaphson:
            return .newton(
                NewtonRaphson(
                    problem: problem, start: start, safeguarded: safeguarded,
                    rule: StoppingRule(maxIterations: maxSteps ?? 100)))
        }
    }

    private static func current(_ stepper: Stepper) -> Iterate {
        switch stepper {
        case .gradient(let optimizer): return optimizer.current
        case .newton(let optimizer): return optimizer.current
        }
    }

    var current: Iterate { path[path.count - 1] }

    var diagnosis: Diagnosis {
        switch stepper {
        case .gradient(let optimizer): return optimizer.diagnosis
        case .newton(let optimizer): return optimizer.diagnosis
        }
    }

    var isFinished: Bool { diagnosis.isFinished }

    /// Takes one step, unless the run has stopped.
    mutating func step() {
        guard !isFinished else { return }
        let next: Iterate
        switch stepper {
        case .gradient(var optimizer):
            next = optimizer.step()
            stepper = .gradient(optimizer)
        case .newton(var optimizer):
            next = optimizer.step()
            stepper = .newton(optimizer)
        }
        if next.number > current.number { path.append(next) }
        if isFinished { isPlaying = false }
    }

    /// Starts again from `newStart` (by default the same start).
    mutating func reset(to newStart: Theta? = nil) {
        start = newStart ?? start
        stepper = Self.stepper(problem, method, learningRate, start, safeguarded, maxSteps)
        path = [Self.current(stepper)]
        isPlaying = false
        ticks = 0
    }

    mutating func switchMethod() {
        method = method.other
        reset()
    }

    /// The next η up (`faster`) or down the ladder; the run starts again.
    mutating func changeLearningRate(faster: Bool) {
        let rates = Self.learningRates
        guard let index = rates.firstIndex(of: learningRate) else { return }
        let target = faster ? min(index + 1, rates.count - 1) : max(index - 1, 0)
        learningRate = rates[target]
        reset()
    }

    mutating func togglePlay() {
        isPlaying = !isPlaying && !isFinished
        ticks = 0
    }

    /// One beat of the clock: at the current speed, some steps every few beats while playing.
    /// True when it stepped, which is the only time the screen changes.
    mutating func advanceClock() -> Bool {
        guard isPlaying else { return false }
        let pace = Self.speeds[speed - 1]
        ticks += 1
        guard ticks >= pace.ticks else { return false }
        ticks = 0
        for _ in 0..<pace.steps where !isFinished { step() }
        return true
    }

    /// Sets the play speed, 1 to `speeds.count`.
    mutating func setSpeed(_ newSpeed: Int) {
        speed = min(max(1, newSpeed), Self.speeds.count)
        ticks = 0
    }

    /// Steps until the run stops (converged or diagnosed), or `runToEndLimit` steps.
    mutating func runToEnd() {
        isPlaying = false
        var taken = 0
        while !isFinished && taken < Self.runToEndLimit {
            step()
            taken += 1
        }
    }

    /// The diagnosis, wrapped to `width`, and what a safeguard changed in the last step.
    func statusLines(width: Int) -> [(String, Style)] {
        // Three lines: a stop's reason is never cut short.
        var lines = PageText.wrapped(
            diagnosisText, style: diagnosis.isConverged ? .success : .accent, width: width, lines: 3)
        if let adjustment = adjustmentText { lines.append((adjustment, .muted)) }
        return lines
    }

    /// MLECore's diagnosis in words, with what the learner can do about it.
    var diagnosisText: String {
        let steps = "\(current.number) step\(current.number == 1 ? "" : "s")"
        if let noMaximum, diagnosis.isFinished, !diagnosis.isConverged {
            return
                "Stopped after \(steps): these data have no maximum (\(noMaximum)), so no climb can end at a peak."
        }
        if hasCorners, diagnosis.isFinished, !diagnosis.isConverged, method == .newtonRaphson {
            return
                "Stopped after \(steps): Newton jumps across a corner of ℓ (abs, min or max), which no parabola fits; the peak is at that corner."
        }
        switch diagnosis {
        case .running:
            return current.number == 0 ? "Ready: s takes one step, g plays and pauses." : "Running: \(steps) so far."
        case .converged(let criterion):
            return "Converged after \(steps): \(criterion)."
        case .diverging, .oscillating, .leftDomain:
            return "Stopped after \(steps), \(diagnosis)"
                + (method == .gradientAscent ? ": η is too large, press - to shrink it." : ".")
        case .iterationLimit where method == .gradientAscent:
            return "Stopped after \(steps): \(diagnosis); the climb is slow, and o switches to Newton."
        case .headingForMinimum:
            return "Stopped after \(steps), \(diagnosis): start nearer the peak."
        case .notIdentifiable:
            return
                "Stopped after \(steps), \(diagnosis): no single point is best; add data that tells the parameters apart."
        default:
            return "Stopped after \(steps): \(diagnosis)."
        }
    }

    /// What the last step's safeguard did, if anything (Newton's fallback, halvings).
    var adjustmentText: String? {
        current.adjustment.map { "Step \(current.number): \($0)." }
    }
}
