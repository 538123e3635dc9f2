/// The 95% likelihood-ratio interval of a one-parameter problem: every θ whose log-likelihood is
/// within χ²₁(0.95)/2 = 1.920729410347062 of the maximum, {θ : ℓ(θ) ≥ ℓ̂ − 1.9207}.
///
/// Unlike the Wald interval it follows the curve's real shape: asymmetric for skewed likelihoods,
/// and still meaningful when the estimate is on the boundary (all heads: [e^(−1.92/n), 1]).
public enum LikelihoodRatioInterval {
    /// χ²₁(0.95)/2.
    public static let drop = 1.920729410347062

    /// Each end found by stepping out from θ̂ by doubling steps until ℓ falls below the cut-off or
    /// θ leaves the domain, then bisecting; an end where ℓ never falls that far is the domain's edge,
    /// and an end beyond the largest double (a σ̂ near 1e308) is infinite.
    ///
    /// - Parameters:
    ///   - estimate: θ̂, where ℓ is largest (it may sit on the domain's edge).
    ///   - maximum: ℓ(θ̂).
    ///   - scale: a first step length, such as the standard error.
    /// - Precondition: a one-parameter problem.
    /// - Complexity: O(1) for a summary-based problem: at most a few hundred evaluations of ℓ.
    public static func find(in problem: some LikelihoodProblem, estimate: Double, maximum: Double, scale: Double)
        -> ConfidenceInterval
    {
        precondition(problem.dimension == 1, "the likelihood-ratio interval is for one free parameter")
        let cutoff = maximum - drop
        let firstStep = scale > 0 && scale.isFinite ? scale : 0.1 * max(abs(estimate), 1e-3)
        func inside(_ theta: Double) -> Bool {
            problem.isInDomain(Theta(theta)) && problem.logLikelihood(Theta(theta)) >= cutoff
        }
        func end(direction: Double) -> Double {
            var near = estimate
            var step = firstStep
            var far = estimate + direction * step
            var doublings = 0
            while inside(far) && doublings < 1100 {
                near = far
                step *= 2
                far = estimate + direction * step
                doublings += 1
            }
            // Stepping out overflowed: the end lies between `near` and the largest double, or
            // beyond it, where no double can say where.
            if !far.isFinite {
                let edge = direction * Double.greatestFiniteMagnitude
                if inside(edge) { return direction * .infinity }
                far = edge
            }
            for _ in 0..<200 {
                let sum = near + far
                let middle = sum.isFinite ? 0.5 * sum : 0.5 * near + 0.5 * far
                if middle == near || middle == far { break }
                if inside(middle) { near = middle } else { far = middle }
            }
            return near
        }
        return ConfidenceInterval(lower: end(direction: -1), upper: end(direction: 1))
    }
}
