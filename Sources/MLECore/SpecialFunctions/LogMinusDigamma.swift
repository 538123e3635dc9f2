import RealModule

/// log x − ψ(x), for x > 0: the left side of the Gamma shape equation log α − ψ(α) = log x̄ − mean(log x).
///
/// For large x both terms are near log x and their difference ≈ 1/(2x) is small, so subtracting
/// `digamma(x)` from `log(x)` would lose digits (three at x = 80, six at x = 10⁴). Here the
/// difference is summed directly: for x ≥ 10 as 1/(2x) + Σₖ B₂ₖ / (2k x²ᵏ); below 10 it is shifted
/// up to y = x + m ≥ 10 with log x − ψ(x) = log(x/y) + Σⱼ 1/(x + j) + (log y − ψ(y)).
///
/// The function is positive and decreasing, from +∞ at 0 to 0 at ∞.
///
/// - Precondition: `x > 0` and finite.
/// - Complexity: O(1).
public func logMinusDigamma(_ x: Double) -> Double {
    precondition(x > 0 && x.isFinite, "logMinusDigamma is defined here for finite x > 0, got \(x)")
    if x >= asymptoticThreshold { return 0.5 / x + digammaAsymptoticTail(x) }
    var y = x
    var reciprocals = 0.0
    while y < asymptoticThreshold {
        reciprocals += 1 / y
        y += 1
    }
    return .log(x / y) + reciprocals + 0.5 / y + digammaAsymptoticTail(y)
}
