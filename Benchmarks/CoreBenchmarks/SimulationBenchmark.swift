import MLECore

/// Times the efficiency page's study: R replications of drawing n = 100 values from Gamma(2, 1),
/// summarising them and fitting the shape by Newton's method (and by the moments). Target: 10,000
/// replications in at most 1 s in release. Then the score page's study: one tick's chunk of 250
/// scores at the largest n the page offers, 1000, which must take well under a frame (16 ms). Then
/// the studies of lessons 14 and 15 at their pages' sizes, per replication, so a page's chunk per
/// tick can be judged.
enum SimulationBenchmark {
    static func run() {
        runGammaShape()
        runScore()
        runLessonStudies()
    }

    static func runScore() {
        for n in [20, 1000] {
            var study = ScoreStudy(lambda: 2, sampleSize: n, replications: 2000, seed: 1)
            let clock = ContinuousClock()
            let chunk = clock.measure { study.run(250) }
            let rest = clock.measure { study.run(2000) }
            let scores = study.scores
            let mean = scores.reduce(0, +) / Double(scores.count)
            let variance = scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(scores.count)
            print(
                "score at the true lambda = 2, n = \(n): one tick (250 samples) in \(milliseconds(seconds(chunk))) ms, all 2000 in \(milliseconds(seconds(chunk) + seconds(rest))) ms; mean U \(mean), Var(U) \(variance) against n*I = \(study.sampleInformation)"

            )
        }
    }

    static func runLessonStudies() {
        let designs: [(String, ReplicationStudy.Design, Int, Int)] = [
            ("uniform-maximum, n = 20", .uniformMaximum(theta: 1), 20, 20_000),
            ("variance-bias, n = 5", .normalVariance(mu: 0, sigma: 1), 5, 40_000),
            (
                "robustness (one value 30), n = 100", .gammaShapeContaminated(alpha: 2, beta: 1, replacement: 30), 100,
                10_000
            ),
        ]
        for (label, design, n, replications) in designs {
            var study = ReplicationStudy(design: design, sampleSize: n, replications: replications, seed: 1)
            let elapsed = ContinuousClock().measure { study.run(replications) }
            print(
                "\(label): \(study.completed) replications in \(milliseconds(seconds(elapsed))) ms, \(milliseconds(seconds(elapsed) * 1_000_000 / Double(replications))) ns each"
            )
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func runGammaShape() {
        let replications = 10_000
        for alpha in [2.0, 0.5, 20.0] {
            var study = ReplicationStudy(
                design: .gammaShape(alpha: alpha, beta: 1), sampleSize: 100, replications: replications, seed: 1)
            let clock = ContinuousClock()
            let elapsed = clock.measure { study.run(replications) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let meanShape = study.maximumLikelihood.reduce(0, +) / Double(study.completed)
            print(
                "gamma(alpha = \(alpha), beta = 1), n = 100: \(study.completed) replications (draw, summarise, Newton fit, moments) in \(milliseconds(seconds)) ms; mean alpha-hat \(meanShape)"
            )
        }
    }

    private static func milliseconds(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10_000).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
