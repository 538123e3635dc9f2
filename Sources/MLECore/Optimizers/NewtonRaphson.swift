/// Newton–Raphson: θₖ₊₁ = θₖ − H(θₖ)⁻¹ ∇ℓ(θₖ), one step per call.
///
/// Safeguarded (the default): where H is not negative definite the step follows the score instead,
/// and a step that would leave the domain or lower ℓ is halved until it does neither. Unguarded, the
/// learner sees raw Newton: it may head for a minimum or leave the domain, which stops the run.
public struct NewtonRaphson<Problem: LikelihoodProblem>: Optimizer {
    /// The problem being climbed.
    public let problem: Problem
    /// Whether the fallback and step halving are on.
    public let safeguarded: Bool
    /// The latest point.
    public private(set) var current: Iterate
    /// `.running`, or why the run stopped.
    public private(set) var diagnosis: Diagnosis
    private var monitor: ProgressMonitor

    /// Starts at `start`.
    ///
    /// - Precondition: `start` is in the problem's domain.
    public init(problem: Problem, start: Theta, safeguarded: Bool = true, rule: StoppingRule = StoppingRule()) {
        precondition(
            start.dimension == problem.dimension && problem.isInDomain(start),
            "start \(start) is not in the problem's domain")
        self.problem = problem
        self.safeguarded = safeguarded
        current = Iterate(problem, at: start)
        monitor = ProgressMonitor(rule: rule)
        diagnosis = monitor.judgeStart(current)
    }

    /// One Newton step (or its safeguarded replacement).
    public mutating func step() -> Iterate {
        guard !diagnosis.isFinished else { return current }
        guard var move = proposal() else {
            diagnosis = .nonFinite
            return current
        }
        var adjustment: StepAdjustment? = current.hessian.isNegativeDefinite ? nil : .curvatureNotNegative
        var evaluated: LikelihoodTerms?
        if safeguarded {
            let start = current
            let slack = 1e-12 * (1 + abs(start.logLikelihood))
            guard
                let shortened = StepShortening.shorten(
                    move, from: current, in: problem,
                    accepts: { newValue, _ in
                        newValue >= start.logLikelihood - slack
                    })
            else {
                diagnosis = monitor.isFlatTop(current) ? .notIdentifiable : .converged(.noUphillStep)
                return current
            }
            move = shortened.step
            adjustment = shortened.adjustment ?? adjustment
            evaluated = shortened.terms
        } else {
            // Raw Newton takes its step as it is, whatever the curvature.
            adjustment = nil
            guard problem.isInDomain(current.theta + move) else {
                diagnosis = .leftDomain
                return current
            }
        }
        let theta = current.theta + move
        let next = Iterate(
            evaluated ?? problem.terms(theta), at: theta, number: current.number + 1, step: move,
            adjustment: adjustment)
        diagnosis = monitor.judge(
            previous: current, current: next, kind: adjustment == nil ? .fullNewton : .safeguardedNewton)
        if !safeguarded, !current.hessian.isNegativeDefinite, next.logLikelihood < current.logLikelihood,
            !diagnosis.isFinished
        {
            diagnosis = .headingForMinimum
        }
        current = next
        return next
    }

    /// −H⁻¹∇ℓ. When safeguarded and H is not negative definite, a step along the score: to the
    /// top of ℓ along that line where ℓ curves down along it (as on a flat ridge, where H is
    /// singular), else a tenth of θ's size long. Nil when H is singular and there is no fallback.
    private func proposal() -> Theta? {
        let hessian = current.hessian
        if safeguarded && !hessian.isNegativeDefinite {
            let score = current.score
            let scoreLength = score.length
            guard scoreLength > 0 else { return nil }
            let curvature = score.dot(hessian.times(score))
            if hessian.isSingular && curvature < 0 { return (score.dot(score) / -curvature) * score }
            return (0.1 * max(current.theta.length, 1) / scoreLength) * score
        }
        guard let solved = hessian.solve(current.score), solved.isFinite else { return nil }
        return -1 * solved
    }
}
