/// The profile log-likelihoods of a fit's free parameters: ℓp(θᵢ) = max over the other free
/// parameters of ℓ, which `ProfileInterval` turns into likelihood-ratio intervals.
protocol ParameterProfiles: Sendable {
    /// ℓp of free parameter `index` (in the order of the fit's estimates) as a function of its
    /// value: nil outside the parameter space, or where the inner maximisation fails.
    ///
    /// The function may keep state between calls (a warm start), so each interval asks for its own.
    func profile(_ index: Int) -> (Double) -> Double?

    /// The range searched for free parameter `index` where it is narrower than the parameter's
    /// domain, else nil.
    func searchRange(_ index: Int) -> ClosedRange<Double>?
}

/// The profiles of a two-parameter problem, each maximising over the other parameter by
/// `ProfileLikelihood`, warm-started from the nearest point already profiled (the estimate first).
struct PairProfiles: ParameterProfiles {
    let problem: AnyLikelihoodProblem
    let estimates: [Double]

    /// Nil unless `problem` and the estimates are two-dimensional.
    init?(problem: AnyLikelihoodProblem, estimates: [ParameterEstimate]) {
        guard problem.dimension == 2, estimates.count == 2 else { return nil }
        self.problem = problem
        self.estimates = estimates.map(\.value)
    }

    func profile(_ index: Int) -> (Double) -> Double? {
        let profile = ProfileLikelihood(problem, index: index, otherStart: estimates[1 - index])
        var solved = [(value: estimates[index], other: estimates[1 - index])]
        return { value in
            guard profile.isInDomain(Theta(value)) else { return nil }
            let start = solved.min { abs($0.value - value) < abs($1.value - value) }!.other
            let inner = profile.innerMaximum(at: value, from: start)
            if inner.converged { solved.append((value, inner.other)) }
            return inner.logLikelihood.isNaN ? nil : inner.logLikelihood
        }
    }

    func searchRange(_ index: Int) -> ClosedRange<Double>? { nil }
}
