/// The polygamma functions ψ⁽²⁾ and ψ⁽³⁾, the derivatives of trigamma: needed for the exact
/// second derivative of `digamma(θ)` and `trigamma(θ)` in a typed formula.
///
/// The recurrence ψ⁽ᵐ⁾(x) = ψ⁽ᵐ⁾(x + 1) − (−1)ᵐ m!/xᵐ⁺¹ moves x above 20, where the asymptotic series
/// ψ⁽ᵐ⁾(x) ≈ (−1)ᵐ⁺¹ [(m−1)!/xᵐ + m!/(2xᵐ⁺¹) + Σₖ B₂ₖ (2k+m−1)!/((2k)! x²ᵏ⁺ᵐ)] is accurate to rounding.
/// Every term has one sign, so the relative error stays near 1e-15.
///
/// - Returns: NaN unless `x > 0` and finite.
/// - Complexity: O(1): at most twenty recurrence steps and seven series terms.
func polygamma(order m: Int, _ x: Double) -> Double {
    precondition(m == 2 || m == 3, "polygamma is implemented for orders 2 and 3, not \(m)")
    guard x > 0 && x.isFinite else { return .nan }
    let factorial: [Double] = [1, 1, 2, 6, 24]
    var y = x
    var shift = 0.0
    while y < 20 {
        shift += factorial[m] / power(y, m + 1)
        y += 1
    }
    let bernoulli: [Double] = [1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6]
    var series = factorial[m - 1] / power(y, m) + factorial[m] / (2 * power(y, m + 1))
    for (index, b) in bernoulli.enumerated() {
        let k = index + 1
        series += b * risingRatio(k: k, m: m) / power(y, 2 * k + m)
    }
    // ψ⁽ᵐ⁾ has the sign (−1)ᵐ⁺¹; the recurrence's shift adds in that same direction.
    let sign: Double = m % 2 == 0 ? -1 : 1
    return sign * (series + shift)
}

/// (2k + m − 1)! / (2k)! = (2k+1)(2k+2)…(2k+m−1).
private func risingRatio(k: Int, m: Int) -> Double {
    var product = 1.0
    var factor = 2 * k + 1
    while factor <= 2 * k + m - 1 {
        product *= Double(factor)
        factor += 1
    }
    return product
}

private func power(_ y: Double, _ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= y }
    return result
}
