/// The fallback for a model Newton cannot finish, such as a Laplace location whose ℓ has a kink at
/// the median (no curvature, a score that jumps): cycles through the parameters and moves each to
/// where its score changes sign, found by bisection, until a whole cycle moves nothing.
///
/// For a log-likelihood that is concave in each parameter the score is decreasing in it, so the
/// sign change is the maximum along that parameter, found to the last bit whether ℓ is smooth
/// there or not.
enum CoordinateBisection {
    /// The point reached, the cycles used, and whether a cycle ended without moving.
    static func climb(_ problem: FormulaLikelihood, from start: Theta, maxCycles: Int = 100)
        -> (theta: Theta, cycles: Int, settled: Bool)
    {
        var theta = start
        for cycle in 1...maxCycles {
            let before = theta
            for index in 0..<problem.dimension {
                theta = maximize(problem, along: index, from: theta)
            }
            if theta == before { return (theta, cycle, true) }
        }
        return (theta, maxCycles, false)
    }

    private static func maximize(_ problem: FormulaLikelihood, along index: Int, from theta: Theta) -> Theta {
        func moved(_ value: Double) -> Theta {
            var point = theta
            point[index] = value
            return point
        }
        func slopeSign(_ value: Double) -> Double? {
            let point = moved(value)
            let jet = problem.jet(point)
            guard point.isFinite, jet.isFinite else { return nil }
            return signum(index == 0 ? jet.d0 : jet.d1)
        }
        guard let direction = slopeSign(theta[index]), direction != 0 else { return theta }
        var near = theta[index]
        var step = 0.1 * max(abs(near), 1)
        var far = near + direction * step
        var doublings = 0
        while slopeSign(far) == direction && doublings < 1100 {
            near = far
            step *= 2
            far = theta[index] + direction * step
            doublings += 1
        }
        if slopeSign(far) == direction { return moved(near) }
        for _ in 0..<2200 {
            let middle = 0.5 * (near + far)
            if middle == near || middle == far { break }
            let sign = slopeSign(middle)
            if sign == 0 { return moved(middle) }
            if sign == direction { near = middle } else { far = middle }
        }
        let farPoint = moved(far)
        let nearPoint = moved(near)
        if problem.isInDomain(farPoint) && problem.logLikelihood(farPoint) > problem.logLikelihood(nearPoint) {
            return farPoint
        }
        return nearPoint
    }
}
