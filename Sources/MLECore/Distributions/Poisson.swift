import RealModule

/// The Poisson distribution of counts with rate λ > 0.
///
/// log P(x) = x log λ − λ − log x!, for x ∈ {0, 1, 2, …}; mean and variance λ.
public struct Poisson: Distribution, Hashable {
    /// λ, the mean count.
    public let lambda: Double

    /// - Precondition: `lambda` finite and > 0.
    public init(lambda: Double) {
        precondition(lambda > 0 && lambda.isFinite, "Poisson lambda must be finite and > 0, got \(lambda)")
        self.lambda = lambda
    }

    /// {0, 1, 2, …}.
    public var support: Support { .counts }

    /// x log λ − λ − log Γ(x + 1) for whole x ≥ 0, −∞ otherwise.
    public func logDensity(_ x: Double) -> Double {
        guard support.contains(x) else { return -.infinity }
        return x * .log(lambda) - lambda - .logGamma(x + 1)
    }

    /// λ.
    public var mean: Double { lambda }

    /// λ.
    public var variance: Double { lambda }

    /// Inversion by sequential search for λ < 10; Hörmann's transformed rejection (PTRS, 1993)
    /// above, whose cost does not grow with λ.
    ///
    /// - Complexity: O(λ) expected for λ < 10, O(1) expected otherwise.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        lambda < 10 ? sampleByInversion(using: &generator) : sampleByRejection(using: &generator)
    }

    private func sampleByInversion(using generator: inout some RandomNumberGenerator) -> Double {
        var u = StandardDraws.openUnit(using: &generator)
        var k = 0.0
        var mass = Double.exp(-lambda)
        while u > mass {
            u -= mass
            k += 1
            mass *= lambda / k
            if mass == 0 { break }
        }
        return k
    }

    private func sampleByRejection(using generator: inout some RandomNumberGenerator) -> Double {
        let rootLambda = lambda.squareRoot()
        let logLambda = Double.log(lambda)
        let b = 0.931 + 2.53 * rootLambda
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let acceptAlways = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = StandardDraws.openUnit(using: &generator) - 0.5
            let v = StandardDraws.openUnit(using: &generator)
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + lambda + 0.43).rounded(.down)
            if us >= 0.07 && v <= acceptAlways { return k }
            if k < 0 || (us < 0.013 && v > us) { continue }
            let lhs = Double.log(v) + .log(inverseAlpha) - .log(a / (us * us) + b)
            if lhs <= -lambda + k * logLambda - .logGamma(k + 1) { return k }
        }
    }
}
