import RealModule

/// The Gamma shape α̂ by Newton's method on log α − ψ(α) = log x̄ − mean(log x), started from
/// Minka's approximation, run through the shared `NewtonRaphson` on the profile likelihood.
///
/// The stopping rule deliberately keeps no score tolerance: near α ≈ 80 the score is a difference
/// of nearly equal numbers and never gets below a fixed tolerance, so the iteration stops when the
/// Newton steps stop shrinking (or vanish), which is when only rounding is left.
public enum GammaShapeEstimator {
    /// The rule used: steps stopping shrinking inside 1e-6·α, or a step below 1e-15·α, at most 100 steps.
    public static let rule = StoppingRule(
        scoreTolerance: 0, stepTolerance: 1e-15, shrinkingWindow: 1e-6, maxIterations: 100)

    /// α̂ with both parameters free (β̂ = α̂/x̄ follows), as a finished optimizer.
    ///
    /// - Precondition: the data are not all equal (s = log x̄ − mean(log x) > 0).
    public static func shapeWithRateFree(_ likelihood: GammaLikelihood) -> NewtonRaphson<GammaShapeProfile> {
        let profile = GammaShapeProfile(likelihood)
        precondition(profile.logMeanRatio > 0, "the gamma shape is unbounded when all values are equal")
        var newton = NewtonRaphson(problem: profile, start: Theta(profile.minkaStart), rule: rule)
        _ = newton.run()
        return newton
    }

    /// α̂ with the rate β known: the root of ψ(α) = log β + mean(log x), started from Minka's
    /// inverse-digamma approximation (e^c + ½ for c ≥ −2.22, else −1/(c + γ)).
    public static func shapeWithRateKnown(_ likelihood: GammaLikelihood, beta: Double) -> NewtonRaphson<
        FixedParameterProblem<GammaLikelihood>
    > {
        let target = Double.log(beta) + likelihood.sumOfLogs / Double(likelihood.sampleSize)
        let start = target >= -2.22 ? Double.exp(target) + 0.5 : -1 / (target + eulerGamma)
        var newton = NewtonRaphson(problem: likelihood.fixing("beta", to: beta), start: Theta(start), rule: rule)
        _ = newton.run()
        return newton
    }
}

/// γ, the Euler–Mascheroni constant (= −ψ(1)).
let eulerGamma = 0.57721566490153286061
