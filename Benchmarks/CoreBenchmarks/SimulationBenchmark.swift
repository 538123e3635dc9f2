import MLECore

/// Times the efficiency page's study: R replications of drawing n = 100 values from Gamma(2, 1),
/// summarising them and fitting the shape by Newton's method (and by the moments). Target: 10,000
/// replications in at most 1 s in release. Then the studies of lessons 14 and 15 at their pages'
/// sizes, per replication, so a page's chunk per tick can be judged.
enum SimulationBenchmark {
    static func run() {
        runGammaShape()
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
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(
                "\(label): \(study.completed) replications in \(milliseconds(seconds)) ms, \(milliseconds(seconds * 1_000_000 / Double(replications))) ns each"
            )
        }
    }

    private static func runGammaShape() {
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
