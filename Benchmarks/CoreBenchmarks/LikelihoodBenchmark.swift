import MLECore

/// Times ℓ(θ), the score and the observed information from million-point summaries: the cost the
/// explorer's slider pays per frame. Prints nanoseconds per call.
enum LikelihoodBenchmark {
    static func run() {
        var generator = SeededGenerator(seed: 1)
        let gammaData = Gamma(alpha: 3, beta: 2).samples(1_000_000, using: &generator)
        let normalData = Normal(mu: 1, sigma: 2).samples(1_000_000, using: &generator)
        let gamma = try! GammaLikelihood(SampleSummary(family: .gamma, values: gammaData))
        let normal = try! NormalLikelihood(SampleSummary(family: .normal, values: normalData))
        print("n = 1,000,000 values per summary")
        measure("gamma  ℓ + score + information", gamma, around: Theta(3, 2))
        measure("gamma  ℓ only", gamma, around: Theta(3, 2), full: false)
        measure("gamma  (beta fixed) ℓ + score + information", gamma.fixing("beta", to: 2), around: Theta(3))
        measure("normal ℓ + score + information", normal, around: Theta(1, 2))
        let profile = GammaShapeProfile(gamma)
        measure("gamma shape profile ℓ + score + information", profile, around: Theta(3))
        timeGammaFit(gamma)
    }

    private static func measure(
        _ label: String, _ problem: some LikelihoodProblem, around center: Theta, full: Bool = true
    ) {
        let calls = 2_000_000
        var checksum = 0.0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for i in 0..<calls {
                var theta = center
                theta[0] += Double(i & 1023) * 1e-6
                checksum += problem.logLikelihood(theta)
                if full {
                    checksum += problem.score(theta)[0] + problem.observedInformation(theta).h11
                }
            }
        }
        let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
        print("\(label): \(format(nanoseconds / Double(calls))) ns per call (checksum \(checksum))")
    }

    private static func timeGammaFit(_ gamma: GammaLikelihood) {
        let clock = ContinuousClock()
        var iterations = 0
        let runs = 10_000
        let elapsed = clock.measure {
            for _ in 0..<runs {
                iterations += GammaShapeEstimator.shapeWithRateFree(gamma).current.number
            }
        }
        let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
        print(
            "gamma (alpha, beta) Newton fit from a summary: \(format(nanoseconds / Double(runs))) ns per fit, \(iterations / runs) iterations"
        )
    }

    private static func format(_ x: Double) -> String {
        let tenths = (x * 10).rounded()
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)"
    }
}
