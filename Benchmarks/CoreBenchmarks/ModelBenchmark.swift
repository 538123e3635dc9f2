import MLECore

/// Times what the live pages of lessons 11 to 13 compute per frame or per key: one tick of the
/// softmax race (20 steps of three optimizers on 120 points, with the full-data loss after each),
/// the three noise-model fits of a line (exact LAD is O(n³)), and the bigram softmax trained to
/// the counts.
enum ModelBenchmark {
    static func run() {
        let clouds = ClassClouds(seed: 3)
        var trainers = SoftmaxTrainingMethod.allCases.map {
            SoftmaxTrainer(
                method: $0, features: clouds.features, labels: clouds.labels, classCount: 3,
                learningRate: SoftmaxTrainer.defaultLearningRate($0))
        }
        let ticks = 200
        var sink = 0.0
        let race = time {
            for _ in 0..<ticks {
                for index in trainers.indices {
                    for _ in 0..<20 {
                        trainers[index].step()
                        sink += trainers[index].loss
                    }
                }
            }
        }
        print("softmax race, one tick (3 optimizers × 20 steps, 120 points): \(format(race / Double(ticks))) ms")
        for points in [30, 100] {
            var generator = SeededGenerator(seed: 4)
            let x = (0..<points).map { 10 * Double($0) / Double(points) }
            let y = x.map { 1 + 0.8 * $0 + StandardDraws.normal(using: &generator) }
            let fits = time {
                for noise in NoiseModel.allCases {
                    sink += (try? RobustRegression(x: x, y: y, noise: noise))?.logLikelihood ?? 0
                }
            }
            print(
                "noise-regression key (three fits: least squares, exact LAD, t by EM), n = \(points): \(format(fits)) ms"
            )
        }
        if let bigrams = try? BigramModel(
            text: "the sun rose over the hill and the birds sang. the birds flew over the river and the sun set.")
        {
            var trainer = BigramSoftmaxTrainer(bigrams: bigrams)
            let training = time { for _ in 0..<3000 { trainer.step() } }
            print(
                "bigram softmax, 3000 steps to the counts (gap \(trainer.largestGapToCounts)): \(format(training)) ms")
        }
        if sink.isNaN { print("unexpected NaN") }
    }

    private static func time(_ body: () -> Void) -> Double {
        let elapsed = ContinuousClock().measure(body)
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * 1000
    }

    private static func format(_ milliseconds: Double) -> String {
        let hundredths = Int((milliseconds * 100).rounded())
        return "\(hundredths / 100).\(String(hundredths % 100).count == 1 ? "0" : "")\(hundredths % 100)"
    }
}
