import Testing

@testable import MLECore

/// CDFs and goodness-of-fit statistics against Tests/References/goodness_of_fit.py (scipy).
@Suite struct GoodnessOfFitTests {
    private func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool { abs(a - b) <= tolerance * abs(b) }

    @Test func incompleteGammaMatchesScipy() {
        let cases: [(Double, Double, Double, Double)] = [
            (0.5, 0.2, 0.47291074313446196, 0.5270892568655381),
            (2.5, 1.0, 0.15085496391539038, 0.8491450360846096),
            (10.0, 14.0, 0.890600630357261, 0.10939936964273902),
            (100.0, 90.0, 0.15822098918643007, 0.84177901081357),
            (1000.0, 1010.0, 0.6276789447369947, 0.37232105526300524),
        ]
        for (a, x, p, q) in cases {
            #expect(close(regularizedGammaP(a, x), p, 1e-12), "P(\(a), \(x))")
            #expect(close(regularizedGammaQ(a, x), q, 1e-12), "Q(\(a), \(x))")
        }
    }

    @Test func incompleteBetaMatchesScipy() {
        let cases: [(Double, Double, Double, Double)] = [
            (0.3, 0.1, 0.5, 0.795176530367368), (0.7, 2.0, 3.0, 0.9163),
            (0.01, 5.0, 1.5, 2.695727676868528e-10), (0.66, 1000.0, 500.0, 0.2904999354098819),
        ]
        for (x, a, b, value) in cases { #expect(close(regularizedBeta(x, a, b), value, 1e-10), "I_\(x)(\(a), \(b))") }
    }

    @Test func kolmogorovSmirnovMatchesScipysExactTest() {
        let values = [4.1, 5.3, 2.2, 6.8, 5.0, 3.9, 4.4, 7.2, 3.1, 5.6, 4.8, 6.1]
        guard
            case .kolmogorovSmirnov(let d, let p) = GoodnessOfFit.test(
                values, against: Normal(mu: 5, sigma: 1.2), estimated: 0)
        else {
            Issue.record("continuous data did not get a KS test")
            return
        }
        #expect(close(d, 0.10999391205690373, 1e-12))
        #expect(close(p, 0.9951067495586882, 1e-10), "the asymptotic formula gives 0.99866")
    }

    @Test func kolmogorovsLimitDistributionMatchesScipy() {
        #expect(close(GoodnessOfFit.kolmogorovSurvival(1.0), 0.26999967167735456, 1e-12))
        #expect(close(GoodnessOfFit.kolmogorovSurvival(0.6), 0.8642827790506042, 1e-12))
    }

    @Test func everyContinuousCDFIsTheIntegralOfItsDensity() {
        // F(b) − F(a) = ∫ f over [a, b], by Simpson's rule on a fine grid.
        for model in FamilyRegistry.all where !model.support(trials: 3).isDiscrete {
            let theta = model.parameters.map { $0.domain == .realLine ? 0.3 : 1.7 }
            let distribution = model.distribution(theta, trials: nil)
            let (a, b) = model.support(trials: nil) == .openUnitInterval ? (0.2, 0.7) : (1.75, 3.0)
            let steps = 2000
            let h = (b - a) / Double(steps)
            var integral = 0.0
            for i in 0...steps {
                let weight: Double = i == 0 || i == steps ? 1 : (i % 2 == 1 ? 4 : 2)
                integral += weight * .exp(distribution.logDensity(a + Double(i) * h))
            }
            integral *= h / 3
            #expect(abs(distribution.cdf(b) - distribution.cdf(a) - integral) < 1e-10, "\(model.name)")
            #expect(abs(distribution.cdf(distribution.quantile(0.3)) - 0.3) < 1e-9, "\(model.name)")
        }
    }

    @Test func chiSquarePoolsCellsUntilEachExpectsFive() {
        var generator = SeededGenerator(seed: 2)
        let values = Poisson(lambda: 3).samples(300, using: &generator)
        guard
            case .chiSquare(let statistic, let df, let p, let cells) = GoodnessOfFit.test(
                values, against: Poisson(lambda: 3), estimated: 1)
        else {
            Issue.record("counts did not get a chi-square test")
            return
        }
        #expect(df == cells - 2 && cells >= 5 && statistic > 0)
        #expect(close(p, regularizedGammaQ(Double(df) / 2, statistic / 2), 1e-15))
        #expect(p > 0.001)  // the data were drawn from this very distribution
    }

    @Test func aHugeCountEndsInTheOpenLastCellWithoutWalkingToIt() {
        // Counting cell by cell up to 1e17 never ended (k + 1 == k there); the open last cell takes it.
        var generator = SeededGenerator(seed: 2)
        let values = Poisson(lambda: 3).samples(300, using: &generator)
        guard
            case .chiSquare(let without, _, _, let cellsWithout) = GoodnessOfFit.test(
                values, against: Poisson(lambda: 3), estimated: 1),
            case .chiSquare(let with, _, _, let cellsWith) = GoodnessOfFit.test(
                values + [1e17], against: Poisson(lambda: 3), estimated: 1)
        else {
            Issue.record("counts did not get a chi-square test")
            return
        }
        #expect(cellsWith == cellsWithout, "the far value joins the open last cell")
        #expect(with.isFinite && with != without)
    }
}
