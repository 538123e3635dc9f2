/// A seeded Monte Carlo study of the score at the true parameter: `replications` times, draw n
/// values from Exponential(λ) and evaluate U(λ) = ∂ℓ/∂λ = n/λ − Σx at the true λ, not at λ̂.
///
/// Under the regularity conditions (the support does not depend on λ, and differentiating under the
/// integral sign is allowed) the score at the truth has mean 0 and variance n·I(λ) = n/λ², the
/// Fisher information of the sample. Like `ReplicationStudy`, it runs in chunks, and the same
/// seed gives the same scores whatever the chunk sizes.
public struct ScoreStudy: Sendable {
    /// λ, the true rate the samples are drawn with and the score is evaluated at.
    public let lambda: Double
    /// n, the size of each sample.
    public let sampleSize: Int
    /// R, the number of samples.
    public let replications: Int
    /// U(λ) from each finished replication.
    public private(set) var scores: [Double] = []
    private var generator: SeededGenerator

    /// - Precondition: λ > 0 and finite, `sampleSize ≥ 1`, `replications ≥ 1`.
    public init(lambda: Double, sampleSize: Int, replications: Int, seed: UInt64) {
        precondition(lambda > 0 && lambda.isFinite, "lambda must be finite and > 0, got \(lambda)")
        precondition(
            sampleSize >= 1 && replications >= 1, "a study needs samples of at least 1 and at least one replication")
        self.lambda = lambda
        self.sampleSize = sampleSize
        self.replications = replications
        generator = SeededGenerator(seed: seed)
        scores.reserveCapacity(replications)
    }

    /// Replications finished so far.
    public var completed: Int { scores.count }

    /// Whether all `replications` are done.
    public var isFinished: Bool { completed >= replications }

    /// n·I(λ) = n/λ²: the Fisher information of a sample of n, which the theory says is the
    /// variance of the score at the truth.
    public var sampleInformation: Double {
        Double(sampleSize) * FisherInformation.exponentialRate(lambda: lambda)
    }

    /// Runs up to `count` more replications (fewer when the study finishes first).
    ///
    /// - Complexity: O(count · n).
    public mutating func run(_ count: Int) {
        let distribution = Exponential(lambda: lambda)
        for _ in 0..<min(count, replications - completed) {
            var summary = SampleSummary(family: .exponential)
            for _ in 0..<sampleSize {
                summary.addChecked(distribution.sample(using: &generator))
            }
            scores.append(RateLikelihood(summary).score(Theta(lambda))[0])
        }
    }
}
