import RealModule

/// The Exponential or Poisson log-likelihood in the rate λ, both linear in Σx:
///
/// - Exponential: ℓ(λ) = n log λ − λ Σx.
/// - Poisson: ℓ(λ) = Σx log λ − nλ − Σ log xᵢ!.
///
/// Written as ℓ(λ) = a log λ − bλ + c, with (a, b, c) = (n, Σx, 0) or (Σx, n, −Σ log x!).
/// Domain: λ > 0.
public struct RateLikelihood: LikelihoodProblem {
    /// n.
    public let sampleSize: Int
    /// a, the coefficient of log λ.
    public let logCoefficient: Double
    /// b, the coefficient of −λ.
    public let linearCoefficient: Double
    /// c, the part of ℓ free of λ.
    public let constant: Double
    /// The Poisson data's summary, whose saddle-point form gives ℓ accurately for large counts.
    private let poissonSummary: SampleSummary?

    /// From a summary of Exponential or Poisson data.
    ///
    /// - Precondition: the summary is Exponential or Poisson and not empty.
    public init(_ summary: SampleSummary) {
        precondition(summary.count > 0, "a likelihood needs at least one observation")
        sampleSize = summary.count
        poissonSummary = summary.family == .poisson ? summary : nil
        let n = Double(summary.count)
        switch summary.family {
        case .exponential:
            (logCoefficient, linearCoefficient, constant) = (n, summary.sum, 0)
        case .poisson:
            (logCoefficient, linearCoefficient, constant) = (summary.sum, n, summary.sumOfLogBaseMeasure)
        default:
            preconditionFailure("RateLikelihood needs exponential or poisson data, not \(summary.family)")
        }
    }

    /// `["lambda"]`.
    public var parameterNames: [String] { ["lambda"] }

    /// 1.
    public var dimension: Int { 1 }

    /// λ > 0, finite.
    public func isInDomain(_ theta: Theta) -> Bool { theta[0] > 0 && theta[0].isFinite }

    /// a log λ − bλ + c (a log λ counts as 0 when a = 0).
    public func logLikelihood(_ theta: Theta) -> Double {
        let lambda = theta[0]
        if let poissonSummary, lambda > 0 { return poissonSummary.poissonLogLikelihood(lambda) }
        let logTerm = logCoefficient == 0 ? 0 : logCoefficient * .log(lambda)
        return logTerm - linearCoefficient * lambda + constant
    }

    /// a/λ − b.
    public func score(_ theta: Theta) -> Theta { Theta(logCoefficient / theta[0] - linearCoefficient) }

    /// −a/λ².
    public func hessian(_ theta: Theta) -> Hessian {
        let lambda = theta[0]
        return Hessian(-logCoefficient / (lambda * lambda))
    }
}
