/// How much of the Cramér–Rao bound a regular but inefficient estimator reaches in the limit:
/// (1/I(θ)) / (its asymptotic variance × n), between 0 and 1, the share of the data it uses.
public enum RelativeEfficiency {
    /// The method of moments' α̃ = x̄²/s² for the Gamma shape with the rate unknown: its asymptotic
    /// variance is 2α(α + 1)/n, against the bound 1/(n·(ψ′(α) − 1/α)).
    ///
    /// - Precondition: α > 0 and finite.
    public static func gammaShapeMoments(alpha: Double) -> Double {
        precondition(alpha > 0 && alpha.isFinite, "the Gamma shape must be finite and > 0, got \(alpha)")
        let bound = 1 / FisherInformation.gammaShapeWithRateUnknown(alpha: alpha)
        return bound / (2 * alpha * (alpha + 1))
    }
}
