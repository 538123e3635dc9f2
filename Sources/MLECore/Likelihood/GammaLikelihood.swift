import RealModule

/// The Gamma log-likelihood in θ = (α, β), β a rate, from n, Σx and Σ log x:
///
/// ℓ(α, β) = nα log β − n log Γ(α) + (α − 1) Σ log x − β Σx.
///
/// Domain: α > 0, β > 0.
public struct GammaLikelihood: LikelihoodProblem {
    /// n.
    public let sampleSize: Int
    /// Σx.
    public let sum: Double
    /// Σ log x.
    public let sumOfLogs: Double
    private let n: Double
    /// log x̄ − mean(log x) computed without cancellation, when a summary gave it.
    let logMeanRatio: Double?

    /// From a summary of Gamma data.
    ///
    /// - Precondition: the summary is of the gamma family and not empty.
    public init(_ summary: SampleSummary) {
        precondition(summary.family == .gamma && summary.count > 0, "GammaLikelihood needs a non-empty gamma summary")
        self.init(
            sampleSize: summary.count, sum: summary.sum, sumOfLogs: summary.sumOfLogs,
            logMeanRatio: summary.logMeanRatio)
    }

    /// From the sufficient statistics directly.
    public init(sampleSize: Int, sum: Double, sumOfLogs: Double) {
        self.init(sampleSize: sampleSize, sum: sum, sumOfLogs: sumOfLogs, logMeanRatio: nil)
    }

    private init(sampleSize: Int, sum: Double, sumOfLogs: Double, logMeanRatio: Double?) {
        precondition(sampleSize > 0, "a likelihood needs at least one observation")
        self.sampleSize = sampleSize
        self.sum = sum
        self.sumOfLogs = sumOfLogs
        n = Double(sampleSize)
        self.logMeanRatio = logMeanRatio
    }

    /// `["alpha", "beta"]`.
    public var parameterNames: [String] { ["alpha", "beta"] }

    /// 2.
    public var dimension: Int { 2 }

    /// α > 0 and β > 0, both finite.
    public func isInDomain(_ theta: Theta) -> Bool {
        theta[0] > 0 && theta[1] > 0 && theta.isFinite
    }

    /// nα log β − n log Γ(α) + (α − 1) Σ log x − β Σx.
    public func logLikelihood(_ theta: Theta) -> Double {
        let (alpha, beta) = (theta[0], theta[1])
        return n * alpha * .log(beta) - n * .logGamma(alpha) + (alpha - 1) * sumOfLogs - beta * sum
    }

    /// (n log β − nψ(α) + Σ log x, nα/β − Σx).
    public func score(_ theta: Theta) -> Theta {
        let (alpha, beta) = (theta[0], theta[1])
        return Theta(n * .log(beta) - n * digamma(alpha) + sumOfLogs, n * alpha / beta - sum)
    }

    /// [[−nψ′(α), n/β], [·, −nα/β²]].
    public func hessian(_ theta: Theta) -> Hessian {
        let (alpha, beta) = (theta[0], theta[1])
        return Hessian(-n * trigamma(alpha), n / beta, -n * alpha / (beta * beta))
    }
}
