import MLECore

/// Times a Student-t fit with μ, σ and ν all free, then the three profile-likelihood intervals
/// (each profile point a warm-started Newton over the other two parameters), on seeded samples:
/// Student-t(1.5, 2, 5) of 10,000 and 1,000,000 values, and Normal data of 1,000,000, where ν̂ is
/// at the top of its range. Prints seconds.
enum StudentTBenchmark {
    static func run() {
        guard let family = Family(named: "student-t") else { return }
        var generator = SeededGenerator(seed: 5)
        let t = StudentT(location: 1.5, scale: 2, degreesOfFreedom: 5)
        let cases: [(String, [Double])] = [
            ("t(5), n = 10,000", t.samples(10_000, using: &generator)),
            ("t(5), n = 1,000,000", t.samples(1_000_000, using: &generator)),
            ("normal, n = 1,000,000", Normal(mu: 1.5, sigma: 2).samples(1_000_000, using: &generator)),
        ]
        let clock = ContinuousClock()
        for (label, values) in cases {
            var fit: FitResult?
            let fitting = clock.measure {
                fit = try? MaximumLikelihood.fit(SampleSummary(family: family, values: values))
            }
            guard let fit else {
                print("student-t \(label): the fit failed")
                continue
            }
            var intervals: [ConfidenceInterval?] = []
            let profiling = clock.measure { intervals = fit.likelihoodRatioIntervals() }
            let described = zip(fit.estimates, intervals).map { estimate, interval in
                "\(estimate.name) \(estimate.value) in " + (interval.map { "[\($0.lower), \($0.upper)]" } ?? "none")
            }
            print(
                "student-t \(label): fit \(seconds(fitting)) s, three profile-likelihood intervals \(seconds(profiling)) s (\(described.joined(separator: "; ")))"
            )
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return "\((value * 1000).rounded() / 1000)"
    }
}
