/// Watches successive iterates and decides when an optimizer should stop: the judgement the
/// gradient-ascent and Newton state machines share.
struct ProgressMonitor: Sendable {
    let rule: StoppingRule
    private var fallingGrowingSteps = 0
    private var reversals = 0
    /// Consecutive reversing steps, and the length of the step before the first of them.
    private var bounces = 0
    private var lengthBeforeBounces = 0.0

    /// After this many reversals in a row, a step still at least half as long as the one before
    /// them means θ is bouncing around the peak rather than spiralling in. A damped overshoot
    /// (|1 − ηc| < 0.966 on a parabola) shrinks its steps below half within this window.
    static let bounceWindow = 20

    init(rule: StoppingRule) {
        self.rule = rule
    }

    /// The diagnosis at `start`, before any step.
    func judgeStart(_ start: Iterate) -> Diagnosis {
        guard start.isFinite else { return .nonFinite }
        if isFlatTop(start) { return .notIdentifiable }
        return scoreVanished(start) ? .converged(.scoreVanished) : .running
    }

    /// The kind of step that led to an iterate, which decides what its size says.
    enum StepKind {
        /// A gradient step: its size reflects η as much as the distance to the peak, so a tiny
        /// step proves nothing.
        case gradient
        /// A Newton step shortened or replaced by a safeguard.
        case safeguardedNewton
        /// An unmodified Newton step: one that stops shrinking means only rounding is left.
        case fullNewton
    }

    /// The diagnosis after a step of the given kind from `previous` to `current`.
    mutating func judge(previous: Iterate, current: Iterate, kind: StepKind) -> Diagnosis {
        guard current.isFinite else { return .nonFinite }
        if isFlatTop(current) { return .notIdentifiable }
        if scoreVanished(current) { return .converged(.scoreVanished) }
        if kind != .gradient && stepNegligible(current) { return .converged(.stepNegligible) }
        let length = current.step.length
        let previousLength = previous.step.length
        if kind == .fullNewton, rule.shrinkingWindow > 0, previous.number > 0, length >= previousLength,
            length <= rule.shrinkingWindow * current.theta.length
        {
            return .converged(.stepStoppedShrinking)
        }
        guard previous.number > 0 else { return limitReached(current) }
        let ratio = length / previousLength
        fallingGrowingSteps =
            current.logLikelihood < previous.logLikelihood && ratio > 1.05 ? fallingGrowingSteps + 1 : 0
        if fallingGrowingSteps >= 3 { return .diverging }
        let reversed = current.step.dot(previous.step) < 0
        reversals = reversed && ratio >= 0.98 && ratio <= 1.05 ? reversals + 1 : 0
        if reversals >= 4 { return .oscillating }
        if reversed {
            if bounces == 0 { lengthBeforeBounces = previousLength }
            bounces += 1
        } else {
            bounces = 0
        }
        if bounces >= Self.bounceWindow && length >= 0.5 * lengthBeforeBounces { return .oscillating }
        return limitReached(current)
    }

    private func limitReached(_ current: Iterate) -> Diagnosis {
        current.number >= rule.maxIterations ? .iterationLimit(rule.maxIterations) : .running
    }

    /// The score is zero when the peak it predicts, Newton's −H⁻¹∇ℓ away, is within the
    /// tolerance of θ; where ℓ does not curve down, only an exactly zero score counts.
    private func scoreVanished(_ iterate: Iterate) -> Bool {
        guard iterate.hessian.isNegativeDefinite, let distance = iterate.hessian.solve(iterate.score) else {
            return iterate.score.largestMagnitude == 0
        }
        return (0..<iterate.theta.dimension).allSatisfy { i in
            abs(distance[i]) <= rule.scoreTolerance * (abs(iterate.theta[i]) + 1e-10)
        }
    }

    /// How close to zero the score must be, relative to θ, for a singular H to mean a flat top
    /// rather than a passing inflection.
    static let flatTopTolerance = 1e-9

    /// Whether θ sits where the score is zero and H is singular: the top of a flat ridge. The
    /// distance to the top is measured along the score, where ℓ still curves, as Newton would
    /// measure it in that one direction.
    func isFlatTop(_ iterate: Iterate) -> Bool {
        let hessian = iterate.hessian
        guard hessian.isFinite, hessian.isSingular else { return false }
        let score = iterate.score
        let squaredLength = score.dot(score)
        guard squaredLength > 0 else { return true }
        let curvature = score.dot(hessian.times(score))
        guard curvature < 0 else { return false }
        let distance = squaredLength / -curvature * score.length
        return distance <= Self.flatTopTolerance * (iterate.theta.length + 1)
    }

    private func stepNegligible(_ iterate: Iterate) -> Bool {
        (0..<iterate.theta.dimension).allSatisfy { i in
            abs(iterate.step[i]) <= rule.stepTolerance * abs(iterate.theta[i])
        }
    }
}
