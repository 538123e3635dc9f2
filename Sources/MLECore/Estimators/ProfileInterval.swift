/// The ends of a profile-likelihood interval {θ : ℓp(θ) ≥ ℓ̂ − 1.92}, found with few evaluations of
/// ℓp (each one a maximisation over the other parameters): bracket each end by doubling steps from
/// θ̂ ± 2·SE, then the Illinois variant of regula falsi to 1e-10 relative. An end where ℓp never
/// falls that far before the domain's edge (where ℓp is nil), or before the edge of `bounds`, is
/// that edge.
enum ProfileInterval {
    /// - Parameters:
    ///   - estimate: θ̂, where ℓp is largest (it may sit on an edge of `bounds`).
    ///   - maximum: ℓ̂ = ℓp(θ̂).
    ///   - scale: a first step length, such as the standard error.
    ///   - bounds: the range searched, where narrower than the domain.
    ///   - profile: ℓp(θ), nil outside the domain.
    static func find(
        estimate: Double, maximum: Double, scale: Double, bounds: ClosedRange<Double>? = nil,
        profile: (Double) -> Double?
    ) -> ConfidenceInterval {
        let cutoff = maximum - LikelihoodRatioInterval.drop
        let firstStep = scale > 0 && scale.isFinite ? 2 * scale : 0.1 * max(abs(estimate), 1e-3)
        func excess(_ theta: Double) -> Double? {
            guard let value = profile(theta).map({ $0 - cutoff }), !value.isNaN else { return nil }
            return value
        }
        func end(direction: Double) -> Double {
            var near = (theta: estimate, excess: LikelihoodRatioInterval.drop)
            var step = firstStep
            var far: (theta: Double, excess: Double)?
            let edge = bounds.map { direction < 0 ? $0.lowerBound : $0.upperBound }
            for _ in 0..<1100 {
                let theta = estimate + direction * step
                if let edge, (theta - edge) * direction >= 0 {
                    // The search stops at the edge of `bounds`: the end is there unless ℓp has fallen.
                    guard (estimate - edge) * direction < 0, let value = excess(edge), value < 0 else { return edge }
                    far = (edge, value)
                    break
                }
                guard let value = excess(theta) else {
                    // Outside the domain: close in on its edge by bisection.
                    var outside = theta
                    for _ in 0..<200 {
                        let middle = 0.5 * (near.theta + outside)
                        if middle == near.theta || middle == outside { return near.theta }
                        if let value = excess(middle) {
                            if value < 0 {
                                far = (middle, value)
                                break
                            }
                            near = (middle, value)
                        } else {
                            outside = middle
                        }
                    }
                    if far == nil { return near.theta }
                    break
                }
                if value < 0 {
                    far = (theta, value)
                    break
                }
                near = (theta, value)
                step *= 2
            }
            guard var low = far else { return near.theta }
            var high = near
            // Illinois: regula falsi that halves the weight of an end kept twice in a row.
            var kept = 0
            for _ in 0..<100 {
                let theta = (low.theta * high.excess - high.theta * low.excess) / (high.excess - low.excess)
                if abs(high.theta - low.theta) <= 1e-10 * max(abs(theta), 1e-300) || !theta.isFinite { break }
                guard let value = excess(theta) else { break }
                if value >= 0 {
                    high = (theta, value)
                    kept = kept < 0 ? kept - 1 : -1
                    if kept <= -2 { low.excess /= 2 }
                } else {
                    low = (theta, value)
                    kept = kept > 0 ? kept + 1 : 1
                    if kept >= 2 { high.excess /= 2 }
                }
                if value == 0 { break }
            }
            return high.theta
        }
        let lower = end(direction: -1)
        let upper = end(direction: 1)
        return ConfidenceInterval(lower: min(lower, upper), upper: max(lower, upper))
    }
}
