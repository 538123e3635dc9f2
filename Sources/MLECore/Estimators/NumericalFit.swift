/// A fit with no closed form: safeguarded Newton–Raphson on the full likelihood (or on it with one
/// parameter held), from a start the family chooses, then the usual assembly of standard errors
/// and intervals.
enum NumericalFit {
    /// Steps stopping shrinking within 1e-9 of θ, or a step below 1e-15·θ, at most 500 steps; no
    /// score tolerance, since for large n the score at the peak is only rounding.
    static let rule = StoppingRule(scoreTolerance: 0, stepTolerance: 1e-15, shrinkingWindow: 1e-9, maxIterations: 500)

    /// Newton from `start` (all parameters, in order; the fixed ones' entries are ignored).
    static func fit<Problem: LikelihoodProblem>(
        _ problem: Problem, start: [Double], summary: SampleSummary, fixed: [String: Double]
    ) -> FitResult {
        let names = problem.parameterNames
        guard let (name, value) = fixed.first else {
            return run(problem, start: start, summary: summary, fixed: [])
        }
        let free = names.indices.filter { names[$0] != name }.map { start[$0] }
        return run(
            problem.fixing(name, to: value), start: free, summary: summary,
            fixed: [FixedParameter(name: name, value: value)])
    }

    /// The estimate alone, all parameters in order (the fixed one at its value), without the
    /// standard errors and intervals: an inner maximisation of a profile likelihood.
    static func estimate<Problem: LikelihoodProblem>(
        _ problem: Problem, start: [Double], fixed: [String: Double]
    ) -> [Double] {
        let names = problem.parameterNames
        guard let (name, value) = fixed.first else {
            let theta = polishedNewton(problem, start: start).theta
            return [theta[0], theta[1]]
        }
        let free = names.indices.filter { names[$0] != name }.map { start[$0] }
        let other = polishedNewton(problem.fixing(name, to: value), start: free).theta[0]
        return names[0] == name ? [value, other] : [other, value]
    }

    private static func run<Problem: LikelihoodProblem>(
        _ problem: Problem, start: [Double], summary: SampleSummary, fixed: [FixedParameter]
    ) -> FitResult {
        let (estimate, iterations, diagnosis) = polishedNewton(problem, start: start)
        return FitAssembly.numerical(
            problem, estimate, summary: summary, iterations: iterations, diagnosis: diagnosis, fixed: fixed)
    }

    private static func polishedNewton<Problem: LikelihoodProblem>(_ problem: Problem, start: [Double])
        -> (theta: Theta, iterations: Int, diagnosis: Diagnosis)
    {
        let theta = start.count == 1 ? Theta(start[0]) : Theta(start[0], start[1])
        let (estimate, iterations, diagnosis) = maximize(problem, from: theta)
        return (estimate, iterations, diagnosis)
    }

    /// Safeguarded Newton from `start` under `rule`, then one plain Newton step that polishes the
    /// last digits when it stays in the domain and does not lower ℓ.
    static func maximize<Problem: LikelihoodProblem>(_ problem: Problem, from start: Theta)
        -> (estimate: Theta, iterations: Int, diagnosis: Diagnosis)
    {
        // A start outside the domain (moments of data beyond double precision) climbs nowhere: the
        // fit reports it rather than trap.
        guard problem.isInDomain(start) else { return (start, 0, .nonFinite) }
        var newton = NewtonRaphson(problem: problem, start: start, rule: rule)
        _ = newton.run()
        var estimate = newton.current.theta
        if let step = problem.hessian(estimate).solve(problem.score(estimate)) {
            let polished = estimate - step
            if problem.isInDomain(polished) && problem.logLikelihood(polished) >= problem.logLikelihood(estimate) {
                estimate = polished
            }
        }
        return (estimate, newton.current.number, newton.diagnosis)
    }
}
