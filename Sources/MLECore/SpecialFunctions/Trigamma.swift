/// The trigamma function ψ′(x) = d²/dx² log Γ(x), for x > 0.
///
/// ψ′ is positive and decreasing on (0, ∞), so every term below has the same sign and the relative
/// error stays near 1e-15:
/// - x ≥ 10: the asymptotic series ψ′(x) = 1/x + 1/(2x²) + Σₖ B₂ₖ / x²ᵏ⁺¹.
/// - otherwise: the recurrence ψ′(x) = ψ′(x + 1) + 1/x² moves x up to 10.
///
/// - Precondition: `x > 0` and finite.
/// - Complexity: O(1): at most ten recurrence steps and a series of nine terms.
public func trigamma(_ x: Double) -> Double {
    precondition(x > 0 && x.isFinite, "trigamma is defined here for finite x > 0, got \(x)")
    var y = x
    var shift = 0.0
    while y < asymptoticThreshold {
        shift += 1 / (y * y)
        y += 1
    }
    let w = 1 / (y * y)
    let series =
        1.0 / 6
        + w
        * (-1.0 / 30
            + w
            * (1.0 / 42
                + w
                * (-1.0 / 30
                    + w
                    * (5.0 / 66
                        + w
                        * (-691.0 / 2730
                            + w
                            * (7.0 / 6
                                + w
                                * (-3617.0 / 510
                                    + w * (43867.0 / 798))))))))
    let asymptotic = (1 + (0.5 + series / y) / y) / y
    return asymptotic + shift
}
