/// Watches successive iterates and decides when an optimizer should stop: the judgement the
/// gradient-ascent and Newton state machines share.
struct ProgressMonitor: Sendable {
    let rule: StoppingRule
    let sampleSize: Int
    private var fallingGrowingSteps = 0
    private var reversals = 0

    init(rule: StoppingRule, sampleSize: Int) {
        self.rule = rule
        self.sampleSize = sampleSize
    }

    /// The diagnosis at `start`, before any step.
    func judgeStart(_ start: Iterate) -> Diagnosis {
        guard start.isFinite else { return .nonFinite }
        return scoreVanished(start) ? .converged(.scoreVanished) : .running
    }

    /// The diagnosis after moving from `previous` to `current`. `fullStep` says the step was an
    /// unmodified Newton step, the only kind whose failure to shrink means "rounding only".
    mutating func judge(previous: Iterate, current: Iterate, fullNewtonStep: Bool) -> Diagnosis {
        guard current.isFinite else { return .nonFinite }
        if scoreVanished(current) { return .converged(.scoreVanished) }
        if stepNegligible(current) { return .converged(.stepNegligible) }
        let length = current.step.length
        let previousLength = previous.step.length
        if fullNewtonStep, rule.shrinkingWindow > 0, previous.number > 0, length >= previousLength,
           length <= rule.shrinkingWindow * current.theta.length {
            return .converged(.stepStoppedShrinking)
        }
        guard previous.number > 0 else { return limitReached(current) }
        let ratio = length / previousLength
        fallingGrowingSteps = current.logLikelihood < previous.logLikelihood && ratio > 1.05 ? fallingGrowingSteps + 1 : 0
        if fallingGrowingSteps >= 3 { return .diverging }
        let reversed = current.step.dot(previous.step) < 0
        reversals = reversed && ratio >= 0.9 && ratio <= 1.05 ? reversals + 1 : 0
        if reversals >= 4 { return .oscillating }
        return limitReached(current)
    }

    private func limitReached(_ current: Iterate) -> Diagnosis {
        current.number >= rule.maxIterations ? .iterationLimit(rule.maxIterations) : .running
    }

    private func scoreVanished(_ iterate: Iterate) -> Bool {
        let bound = rule.scoreTolerance * Double(sampleSize)
        return (0..<iterate.theta.dimension).allSatisfy { i in
            abs(iterate.score[i]) * max(abs(iterate.theta[i]), 1) <= bound
        }
    }

    private func stepNegligible(_ iterate: Iterate) -> Bool {
        (0..<iterate.theta.dimension).allSatisfy { i in
            abs(iterate.step[i]) <= rule.stepTolerance * abs(iterate.theta[i])
        }
    }
}
