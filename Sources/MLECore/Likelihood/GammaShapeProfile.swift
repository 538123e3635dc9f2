import RealModule

/// The Gamma profile log-likelihood of the shape α, with the rate at its best value for that α,
/// β̂(α) = α/x̄:
///
/// ℓₚ(α) = n[α log(α/x̄) − log Γ(α) + (α − 1)·mean(log x) − α].
///
/// Its score n[log α − ψ(α) − s], with s = log x̄ − mean(log x) ≥ 0, is zero where
/// log α − ψ(α) = s: Newton on this problem is the classic Gamma shape iteration.
/// Domain: α > 0.
public struct GammaShapeProfile: LikelihoodProblem {
    /// n.
    public let sampleSize: Int
    /// x̄.
    public let mean: Double
    /// mean(log x).
    public let meanOfLogs: Double
    /// s = log x̄ − mean(log x), the log of the ratio of the arithmetic to the geometric mean.
    public let logMeanRatio: Double
    private let n: Double

    /// From the full Gamma likelihood's statistics.
    public init(_ full: GammaLikelihood) {
        sampleSize = full.sampleSize
        n = Double(full.sampleSize)
        mean = full.sum / n
        meanOfLogs = full.sumOfLogs / n
        logMeanRatio = full.logMeanRatio ?? Swift.max(0, .log(mean) - meanOfLogs)
    }

    /// `["alpha"]`.
    public var parameterNames: [String] { ["alpha"] }

    /// 1.
    public var dimension: Int { 1 }

    /// α > 0, finite.
    public func isInDomain(_ theta: Theta) -> Bool { theta[0] > 0 && theta[0].isFinite }

    /// n[α log(α/x̄) − log Γ(α) + (α − 1)·mean(log x) − α].
    public func logLikelihood(_ theta: Theta) -> Double {
        let alpha = theta[0]
        return n * (alpha * .log(alpha / mean) - .logGamma(alpha) + (alpha - 1) * meanOfLogs - alpha)
    }

    /// n[(log α − ψ(α)) − s], with log α − ψ(α) summed without cancellation.
    public func score(_ theta: Theta) -> Theta {
        Theta(n * (logMinusDigamma(theta[0]) - logMeanRatio))
    }

    /// n[1/α − ψ′(α)] (always negative).
    public func hessian(_ theta: Theta) -> Hessian {
        let alpha = theta[0]
        return Hessian(n * (1 / alpha - trigamma(alpha)))
    }

    /// Minka's (2002) starting value α₀ = (3 − s + √((s − 3)² + 24s)) / (12s), within 1.5% of the
    /// root for every s.
    public var minkaStart: Double {
        let s = logMeanRatio
        return (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
    }
}
