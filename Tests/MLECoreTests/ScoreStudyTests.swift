import Testing

@testable import MLECore

struct ScoreStudyTests {
    /// The mean and the variance (dividing by R) of some values.
    static func moments(_ values: [Double]) -> (mean: Double, variance: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        return (mean, values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count))
    }

    /// At the true λ the score has mean 0 and variance n·I(λ) = n/λ². With R = 4000 samples the
    /// mean of U has standard error √(n/λ²/R); the test allows 4 of them. The sample variance of
    /// U (a sum of n exponentials, excess kurtosis 6/n) has relative standard error about
    /// √((2 + 6/n)/R), 2.4 % for n = 20; the test allows 10 %.
    @Test(arguments: [(2.0, 20), (0.5, 5), (3.0, 100)])
    func scoreAtTheTruthHasMeanZeroAndVarianceEqualToTheInformation(lambda: Double, n: Int) {
        let replications = 4000
        var study = ScoreStudy(lambda: lambda, sampleSize: n, replications: replications, seed: 21)
        study.run(replications)
        #expect(study.isFinished && study.scores.count == replications)
        let information = Double(n) / (lambda * lambda)
        #expect(abs(study.sampleInformation - information) <= 1e-12 * information)
        let (mean, variance) = Self.moments(study.scores)
        let meanTolerance = 4 * (information / Double(replications)).squareRoot()
        #expect(abs(mean) < meanTolerance, "mean \(mean), tolerance \(meanTolerance)")
        #expect(abs(variance / information - 1) < 0.10, "Var(U) = \(variance), n·I(λ) = \(information)")
    }

    /// The score is n/λ − Σx, so away from the truth its mean moves: at λ₁ ≠ λ it averages
    /// n/λ₁ − n/λ. A study that only ever gave 0 would fail this.
    @Test func everyScoreIsTheRateScoreOfItsSampleAndIsNotZero() {
        var study = ScoreStudy(lambda: 2, sampleSize: 1, replications: 2000, seed: 4)
        study.run(2000)
        // With n = 1 the score is 1/λ − x, so x = 1/λ − U must be a valid exponential draw (≥ 0)
        // whose mean is 1/λ.
        let draws = study.scores.map { 0.5 - $0 }
        #expect(draws.allSatisfy { $0 >= 0 })
        let (mean, variance) = Self.moments(draws)
        #expect(abs(mean - 0.5) < 4 * (0.25 / 2000).squareRoot())
        #expect(abs(variance / 0.25 - 1) < 0.2)
        #expect(Set(study.scores).count == 2000)
    }

    @Test func chunkingDoesNotChangeTheScoresAndSeedsDo() {
        var whole = ScoreStudy(lambda: 2, sampleSize: 20, replications: 300, seed: 5)
        whole.run(1000)
        var chunked = ScoreStudy(lambda: 2, sampleSize: 20, replications: 300, seed: 5)
        while !chunked.isFinished { chunked.run(7) }
        #expect(whole.scores == chunked.scores)
        var other = ScoreStudy(lambda: 2, sampleSize: 20, replications: 300, seed: 6)
        other.run(300)
        #expect(other.scores != whole.scores)
    }
}
