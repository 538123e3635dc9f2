import RealModule

/// A distribution on numbers with its cumulative distribution function F(x) = P(X ≤ x): what
/// Q-Q and P-P plots and goodness-of-fit statistics compare the data with.
public protocol CumulativeDistribution: Distribution where Value == Double {
    /// F(x) = P(X ≤ x).
    func cdf(_ x: Double) -> Double
}

extension CumulativeDistribution {
    /// The smallest x with F(x) ≥ q, by bisection (for a discrete family, a whole number).
    ///
    /// - Precondition: 0 < q < 1.
    public func quantile(_ q: Double) -> Double {
        precondition(q > 0 && q < 1, "a quantile needs 0 < q < 1, got \(q)")
        var low = support == .realLine ? -1.0 : 0
        var high = 1.0
        while cdf(low) > q { low = low * 2 - 1 }
        while cdf(high) < q && high < .greatestFiniteMagnitude / 4 { high *= 2 }
        if support.isDiscrete {
            var k = max(0, low.rounded(.down))
            while cdf(k) < q && k < high { k += 1 }
            return k
        }
        for _ in 0..<200 {
            let middle = 0.5 * (low + high)
            if middle == low || middle == high { break }
            if cdf(middle) < q { low = middle } else { high = middle }
        }
        return 0.5 * (low + high)
    }
}

/// F of a count family: the mass summed from 0 to ⌊x⌋.
func countCDF(_ x: Double, mass: (Double) -> Double) -> Double {
    guard x >= 0 else { return 0 }
    var total = 0.0
    var k = 0.0
    let top = x.rounded(.down)
    while k <= top {
        total += mass(k)
        if total >= 1 { return 1 }
        k += 1
    }
    return min(total, 1)
}

extension Normal: CumulativeDistribution {
    /// Φ((x − μ)/σ) = erfc(−z/√2)/2.
    public func cdf(_ x: Double) -> Double { 0.5 * .erfc(-(x - mu) / (sigma * 2.0.squareRoot())) }
}

extension Exponential: CumulativeDistribution {
    /// 1 − e^(−λx) for x ≥ 0.
    public func cdf(_ x: Double) -> Double { x > 0 ? -.expMinusOne(-lambda * x) : 0 }
}

extension Gamma: CumulativeDistribution {
    /// P(α, βx).
    public func cdf(_ x: Double) -> Double { regularizedGammaP(alpha, beta * max(x, 0)) }
}

extension Poisson: CumulativeDistribution {
    /// Q(⌊x⌋ + 1, λ).
    public func cdf(_ x: Double) -> Double { x >= 0 ? regularizedGammaQ(x.rounded(.down) + 1, lambda) : 0 }
}

extension Binomial: CumulativeDistribution {
    /// The mass summed up to ⌊x⌋.
    public func cdf(_ x: Double) -> Double { countCDF(x) { .exp(logDensity($0)) } }
}

extension Bernoulli: CumulativeDistribution {
    /// 0 below 0, 1 − p on [0, 1), 1 from 1.
    public func cdf(_ x: Double) -> Double { x < 0 ? 0 : (x < 1 ? 1 - p : 1) }
}
