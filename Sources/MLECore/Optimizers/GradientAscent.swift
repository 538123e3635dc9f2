/// Gradient ascent: θₖ₊₁ = θₖ + η·∇ℓ(θₖ), one step per call.
///
/// With `backtracking`, η is halved within a step until θ stays in the domain and ℓ rises by at
/// least a small fraction of what the slope promises (Armijo's condition); without it, a too-large
/// η shows as oscillation or divergence and a step out of the domain stops the run.
public struct GradientAscent<Problem: LikelihoodProblem>: Optimizer {
    /// The problem being climbed.
    public let problem: Problem
    /// η, the learning rate.
    public let learningRate: Double
    /// Whether steps are shortened until they go uphill inside the domain.
    public let backtracking: Bool
    /// The latest point.
    public private(set) var current: Iterate
    /// `.running`, or why the run stopped.
    public private(set) var diagnosis: Diagnosis
    private var monitor: ProgressMonitor

    /// Starts at `start`.
    ///
    /// - Precondition: `learningRate > 0` and `start` is in the problem's domain.
    public init(
        problem: Problem, start: Theta, learningRate: Double, backtracking: Bool = false,
        rule: StoppingRule = StoppingRule(maxIterations: 10_000)
    ) {
        precondition(
            learningRate > 0 && learningRate.isFinite, "learning rate must be finite and > 0, got \(learningRate)")
        precondition(
            start.dimension == problem.dimension && problem.isInDomain(start),
            "start \(start) is not in the problem's domain")
        self.problem = problem
        self.learningRate = learningRate
        self.backtracking = backtracking
        current = Iterate(problem, at: start)
        monitor = ProgressMonitor(rule: rule)
        diagnosis = monitor.judgeStart(current)
    }

    /// One step of size η along the score (shortened if backtracking).
    public mutating func step() -> Iterate {
        guard !diagnosis.isFinished else { return current }
        var move = learningRate * current.score
        var adjustment: StepAdjustment?
        var evaluated: LikelihoodTerms?
        if backtracking {
            let start = current
            guard
                let shortened = StepShortening.shorten(
                    move, from: current, in: problem,
                    accepts: { newValue, candidate in
                        newValue >= start.logLikelihood + 1e-4 * start.score.dot(candidate)
                    })
            else {
                diagnosis = .converged(.noUphillStep)
                return current
            }
            (move, adjustment, evaluated) = shortened
        } else if !problem.isInDomain(current.theta + move) {
            diagnosis = .leftDomain
            return current
        }
        let theta = current.theta + move
        let next = Iterate(
            evaluated ?? problem.terms(theta), at: theta, number: current.number + 1, step: move,
            adjustment: adjustment)
        diagnosis = monitor.judge(previous: current, current: next, kind: .gradient)
        current = next
        return next
    }
}
