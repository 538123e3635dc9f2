import RealModule

/// The regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a), for a > 0, x ≥ 0: the
/// Gamma CDF and the chi-square CDF. A series for x < a + 1, Lentz's continued fraction for
/// Q = 1 − P otherwise (both converge fast there), each to about 1e-15.
public func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
    guard x > 0 else { return 0 }
    guard x.isFinite else { return 1 }
    if x < a + 1 { return gammaSeries(a, x) }
    return 1 - gammaContinuedFraction(a, x)
}

/// Q(a, x) = 1 − P(a, x), computed directly where it is small.
public func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
    guard x > 0 else { return 1 }
    guard x.isFinite else { return 0 }
    if x < a + 1 { return 1 - gammaSeries(a, x) }
    return gammaContinuedFraction(a, x)
}

/// log Q(a, x), finite far in the upper tail where Q itself underflows to 0 (the survival
/// function of a censored Gamma time): log of the continued fraction's front and fraction apart.
public func logRegularizedGammaQ(_ a: Double, _ x: Double) -> Double {
    guard x > 0 else { return 0 }
    guard x.isFinite else { return -.infinity }
    if x < a + 1 { return .log(onePlus: -gammaSeries(a, x)) }
    return gammaLogFront(a, x) + .log(gammaFraction(a, x))
}

/// log(xᵃ e⁻ˣ / Γ(a)), the factor in front of both the series and the continued fraction.
private func gammaLogFront(_ a: Double, _ x: Double) -> Double { -x + a * .log(x) - .logGamma(a) }

private func gammaSeries(_ a: Double, _ x: Double) -> Double {
    var term = 1 / a
    var sum = term
    var n = a
    for _ in 0..<10_000 {
        n += 1
        term *= x / n
        sum += term
        if abs(term) < abs(sum) * 1e-16 { break }
    }
    return sum * .exp(gammaLogFront(a, x))
}

private func gammaContinuedFraction(_ a: Double, _ x: Double) -> Double {
    .exp(gammaLogFront(a, x)) * gammaFraction(a, x)
}

/// Lentz's continued fraction for Q(a, x) without its front factor.
private func gammaFraction(_ a: Double, _ x: Double) -> Double {
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1..<10_000 {
        let an = -Double(i) * (Double(i) - a)
        b += 2
        d = an * d + b
        if abs(d) < tiny { d = tiny }
        c = b + an / c
        if abs(c) < tiny { c = tiny }
        d = 1 / d
        let delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16 { break }
    }
    return h
}

/// The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1: the Beta CDF.
/// Lentz's continued fraction, on whichever of x and 1 − x converges faster.
public func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
    guard x > 0 else { return 0 }
    guard x < 1 else { return 1 }
    let logFront =
        Double.logGamma(a + b) - .logGamma(a) - .logGamma(b) + a * .log(x) + b * .log(onePlus: -x)
    if x < (a + 1) / (a + b + 2) { return .exp(logFront) * betaContinuedFraction(x, a, b) / a }
    let logBack =
        Double.logGamma(a + b) - .logGamma(a) - .logGamma(b) + b * .log(onePlus: -x) + a * .log(x)
    return 1 - .exp(logBack) * betaContinuedFraction(1 - x, b, a) / b
}

private func betaContinuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1..<10_000 {
        let m = Double(m)
        let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        d = 1 + even * d
        if abs(d) < tiny { d = tiny }
        c = 1 + even / c
        if abs(c) < tiny { c = tiny }
        d = 1 / d
        h *= d * c
        let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        d = 1 + odd * d
        if abs(d) < tiny { d = tiny }
        c = 1 + odd / c
        if abs(c) < tiny { c = tiny }
        d = 1 / d
        let delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16 { break }
    }
    return h
}
