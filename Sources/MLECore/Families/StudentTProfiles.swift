/// The profile log-likelihoods of a Student-t fit's free parameters, ℓp(θᵢ) = max over the other
/// free parameters of ℓ(μ, σ, ν). Each inner maximum is Newton on the exact score and Hessian of
/// `StudentTTerms` (damped where ℓ is not concave), warm-started from the nearest point already
/// profiled, with step halving that
/// keeps σ > 0 and ℓ rising, and ν projected onto `StudentTFamily.degreesOfFreedomRange` (where ℓ
/// still rises past an edge ν stays on it). Where Newton fails (no step raises ℓ, or it does not
/// settle in 60 steps) the profile over ν of `StudentTProfile` gives the maximum.
struct StudentTProfiles: ParameterProfiles {
    let values: [Double]
    /// μ or σ held (not ν).
    let fixed: [String: Double]
    /// (μ̂, σ̂, ν̂), held values in place.
    let estimate: [Double]
    /// The indices in (μ, σ, ν) of the free parameters, in the order of the fit's estimates.
    let free: [Int]

    private static let names = ["mu", "sigma", "nu"]

    func searchRange(_ index: Int) -> ClosedRange<Double>? {
        free[index] == 2 ? StudentTFamily.degreesOfFreedomRange : nil
    }

    func profile(_ index: Int) -> (Double) -> Double? {
        let held = free[index]
        let others = free.filter { $0 != held }
        var visited: [(value: Double, theta: [Double])] = [(estimate[held], estimate)]
        return { value in
            guard value.isFinite, held != 1 || value > 0,
                held != 2 || StudentTFamily.degreesOfFreedomRange.contains(value)
            else { return nil }
            var start = visited.min { abs($0.value - value) < abs($1.value - value) }!.theta
            start[held] = value
            guard
                let top = Self.newton(values, from: start, over: others) ?? fallback(held: held, at: value, from: start)
            else { return nil }
            visited.append((value, top.theta))
            return top.logLikelihood
        }
    }

    /// The maximum of ℓ over the parameters `others` from `start`, or nil where Newton fails.
    static func newton(_ values: [Double], from start: [Double], over others: [Int]) -> (
        theta: [Double], logLikelihood: Double
    )? {
        let range = StudentTFamily.degreesOfFreedomRange
        var theta = start
        var terms = StudentTTerms(values, mu: theta[0], sigma: theta[1], nu: theta[2])
        guard terms.logLikelihood.isFinite else { return nil }
        for _ in 0..<60 {
            let pinned =
                (theta[2] >= range.upperBound && terms.score[2] > 0)
                || (theta[2] <= range.lowerBound && terms.score[2] < 0)
            let moving = others.filter { $0 != 2 || !pinned }
            if moving.isEmpty { return (theta, terms.logLikelihood) }
            let hessian = SymmetricMatrix(rows: moving.map { i in moving.map { j in terms.hessian[i][j] } })
            let gradient = moving.map { terms.score[$0] }
            guard let (direction, damped) = ascentDirection(hessian, gradient) else { return nil }
            // The Newton decrement ½gᵀ(−H)⁻¹g, the rise a full step promises, within ℓ's rounding:
            // the top, even where a flat ν still jitters in its last digits.
            let promised = -0.5 * zip(gradient, direction).reduce(0) { $0 + $1.0 * $1.1 }
            if !damped && promised <= 1e-13 * abs(terms.logLikelihood) { return (theta, terms.logLikelihood) }
            // Near the top ℓ changes by less than its rounding: a step within it is kept.
            let rounding = 1e-13 * abs(terms.logLikelihood)
            var length = 1.0
            var accepted: (theta: [Double], terms: StudentTTerms)?
            for _ in 0..<50 {
                var next = theta
                for (k, j) in moving.enumerated() { next[j] -= length * direction[k] }
                next[2] = min(max(next[2], range.lowerBound), range.upperBound)
                if next[1] > 0, next.allSatisfy(\.isFinite) {
                    let nextTerms = StudentTTerms(values, mu: next[0], sigma: next[1], nu: next[2])
                    if nextTerms.logLikelihood >= terms.logLikelihood - rounding {
                        accepted = (next, nextTerms)
                        break
                    }
                }
                length /= 2
            }
            guard let accepted else { return nil }
            // μ moves on the scale of σ; σ and ν on their own.
            let scales = [theta[1], theta[1], theta[2]]
            let settled = moving.allSatisfy { abs(accepted.theta[$0] - theta[$0]) <= 1e-11 * scales[$0] }
            (theta, terms) = accepted
            if settled { return (theta, terms.logLikelihood) }
        }
        return nil
    }

    /// H⁻¹g for the Newton step −H⁻¹g where H is negative definite (`damped` false); elsewhere (far from the top
    /// ℓ need not be concave, in ν above all) Levenberg–Marquardt: H − λ·diag|H| with λ raised
    /// tenfold from 1e-4 until it is, which turns the step toward steepest ascent. Nil if none is.
    private static func ascentDirection(_ hessian: SymmetricMatrix, _ gradient: [Double]) -> (
        direction: [Double], damped: Bool
    )? {
        let largest = (0..<hessian.dimension).map { abs(hessian[$0, $0]) }.max() ?? 0
        var damping = 0.0
        for _ in 0..<30 {
            let damped = hessian.map { i, j in
                i == j ? hessian[i, i] - damping * max(abs(hessian[i, i]), 1e-12 * largest) : hessian[i, j]
            }
            if damped.isNegativeDefinite, let direction = damped.solve(gradient) { return (direction, damping > 0) }
            damping = damping == 0 ? 1e-4 : 10 * damping
        }
        return nil
    }

    /// The inner maximum by the profile over ν: at ν itself (Newton on μ, σ), or, with μ or σ
    /// held, golden-section search over ν of the (μ, σ) fits.
    private func fallback(held: Int, at value: Double, from start: [Double]) -> (
        theta: [Double], logLikelihood: Double
    )? {
        let point: StudentTProfile.Point
        if held == 2 {
            point = StudentTProfile(values, fixed: fixed).profile(nu: value, start: [start[0], start[1]])
        } else {
            point = StudentTProfile(values, fixed: fixed.merging([Self.names[held]: value]) { $1 }).maximum()
        }
        guard point.logLikelihood.isFinite else { return nil }
        return ([point.mu, point.sigma, point.nu], point.logLikelihood)
    }
}
