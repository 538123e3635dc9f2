import RealModule

/// The pieces of Loader's saddle-point evaluation of the Poisson mass (C. Loader, "Fast and
/// Accurate Computation of Binomial Probabilities", 2000; R's dpois_raw):
///
/// log p(x; λ) = −stirlingError(x) − deviance(x, λ) − ½ log(2πx),
///
/// each term small and computed without the cancellation of x log λ − λ − log x!, which loses
/// every digit for counts near 1e15.
public enum Saddlepoint {
    /// log √(2π).
    static let logSquareRootTwoPi = 0.918_938_533_204_672_741_78

    /// δ(x) = log Γ(x + 1) − (x + ½) log x + x − log √(2π), the error of Stirling's formula.
    ///
    /// - Precondition: x > 0.
    public static func stirlingError(_ x: Double) -> Double {
        precondition(x > 0, "the Stirling error is for x > 0")
        if x <= 15 {
            return .logGamma(x + 1) - (x + 0.5) * .log(x) + x - logSquareRootTwoPi
        }
        let s0 = 1.0 / 12
        let s1 = 1.0 / 360
        let s2 = 1.0 / 1260
        let s3 = 1.0 / 1680
        let s4 = 1.0 / 1188
        let xx = x * x
        if x > 500 { return (s0 - s1 / xx) / x }
        if x > 80 { return (s0 - (s1 - s2 / xx) / xx) / x }
        if x > 35 { return (s0 - (s1 - (s2 - s3 / xx) / xx) / xx) / x }
        return (s0 - (s1 - (s2 - (s3 - s4 / xx) / xx) / xx) / xx) / x
    }

    /// bd0(x, m) = x log(x/m) + m − x ≥ 0, the deviance term, by its series in v = (x − m)/(x + m)
    /// when x is near m (where the three terms cancel).
    ///
    /// - Precondition: x ≥ 0, m > 0.
    public static func deviance(_ x: Double, _ m: Double) -> Double {
        if x == 0 { return m }
        if abs(x - m) < 0.1 * (x + m) {
            let v = (x - m) / (x + m)
            var sum = (x - m) * v
            var term = 2 * x * v
            let vv = v * v
            for j in 1..<1000 {
                term *= vv
                let next = sum + term / Double(2 * j + 1)
                if next == sum { return next }
                sum = next
            }
            return sum
        }
        return x * .log(x / m) + m - x
    }

    /// log p(x; λ) of the Poisson distribution for a whole x ≥ 0 and λ > 0.
    public static func poissonLogMass(_ x: Double, rate lambda: Double) -> Double {
        if x == 0 { return -lambda }
        return -stirlingError(x) - deviance(x, lambda) - 0.5 * .log(2 * .pi * x)
    }
}
