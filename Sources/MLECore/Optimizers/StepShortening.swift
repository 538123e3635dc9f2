/// Halving a proposed step until it lands inside the domain and is acceptable: the safeguard both
/// optimizers share.
enum StepShortening {
    /// At most this many halvings (a factor of about 10⁻¹⁸).
    static let maxHalvings = 60

    /// The longest of `step`, `step/2`, `step/4`, … that keeps θ in the domain and whose new ℓ
    /// satisfies `accepts`, with the adjustment made and the problem's terms there (evaluated with
    /// ℓ, so the next iterate costs no second pass over the data); nil if none within `maxHalvings`.
    static func shorten<Problem: LikelihoodProblem>(
        _ step: Theta, from current: Iterate, in problem: Problem, accepts: (Double, Theta) -> Bool
    ) -> (step: Theta, adjustment: StepAdjustment?, terms: LikelihoodTerms)? {
        var candidate = step
        var domainHalvings = 0
        var ascentHalvings = 0
        for _ in 0...maxHalvings {
            let theta = current.theta + candidate
            if !problem.isInDomain(theta) {
                domainHalvings += 1
            } else {
                let terms = problem.terms(theta)
                if accepts(terms.logLikelihood, candidate) {
                    return (
                        candidate, adjustment(domainHalvings: domainHalvings, ascentHalvings: ascentHalvings), terms
                    )
                }
                ascentHalvings += 1
            }
            candidate = 0.5 * candidate
        }
        return nil
    }

    private static func adjustment(domainHalvings: Int, ascentHalvings: Int) -> StepAdjustment? {
        if domainHalvings > 0 { return .halvedToStayInDomain(times: domainHalvings + ascentHalvings) }
        if ascentHalvings > 0 { return .halvedToIncreaseLikelihood(times: ascentHalvings) }
        return nil
    }
}
