import MLECore
import Testing

/// Properties every maximum likelihood fit must have, on seeded random datasets.
struct PropertyTests {
    /// Datasets of every family, some with a parameter held fixed.
    static let cases: [(family: Family, fixed: [String: Double], draw: @Sendable (inout SeededGenerator) -> [Double])] =
        [
            (.normal, [:], { Normal(mu: 2, sigma: 3).samples(200, using: &$0) }),
            (.normal, ["sigma": 2.5], { Normal(mu: 2, sigma: 3).samples(200, using: &$0) }),
            (.normal, ["mu": 1.5], { Normal(mu: 2, sigma: 3).samples(200, using: &$0) }),
            (.gamma, [:], { Gamma(alpha: 0.4, beta: 3).samples(300, using: &$0) }),
            (.gamma, [:], { Gamma(alpha: 60, beta: 0.2).samples(300, using: &$0) }),
            (.gamma, ["beta": 3], { Gamma(alpha: 0.4, beta: 3).samples(300, using: &$0) }),
            (.gamma, ["alpha": 5], { Gamma(alpha: 5, beta: 2).samples(300, using: &$0) }),
            (.exponential, [:], { Exponential(lambda: 2).samples(150, using: &$0) }),
            (.poisson, [:], { Poisson(lambda: 4).samples(150, using: &$0) }),
            (.bernoulli, [:], { Bernoulli(p: 0.3).samples(150, using: &$0) }),
            (.binomial(trials: 8), [:], { Binomial(trials: 8, p: 0.6).samples(150, using: &$0) }),
        ]

    static func fit(_ index: Int, seed: UInt64) throws -> (FitResult, SampleSummary) {
        var generator = SeededGenerator(seed: seed)
        let (family, fixed, draw) = cases[index]
        let summary = try SampleSummary(family: family, values: draw(&generator))
        return (try MaximumLikelihood.fit(summary, fixed: fixed), summary)
    }

    /// ℓ(θ̂) ≥ ℓ(θ) for 200 random θ within 5% (and within 3 standard errors) of θ̂.
    @Test(arguments: cases.indices)
    func estimateMaximisesLikelihood(index: Int) throws {
        let (result, summary) = try Self.fit(index, seed: UInt64(index + 1))
        var generator = SeededGenerator(seed: 77)
        for _ in 0..<200 {
            var values: [String: Double] = [:]
            for estimate in result.estimates {
                let spread = min(0.05 * abs(estimate.value), 3 * estimate.standardError)
                values[estimate.name] = estimate.value + spread * (2 * StandardDraws.openUnit(using: &generator) - 1)
            }
            let nearby = try logLikelihood(summary, result, overriding: values)
            #expect(nearby <= result.logLikelihood, "ℓ at \(values) = \(nearby) exceeds ℓ̂ = \(result.logLikelihood)")
        }
    }

    /// The score at θ̂ is zero: |∂ℓ/∂θᵢ|·SEᵢ ≤ 1e-7, i.e. a move of one standard error changes ℓ
    /// by far less than its curvature does.
    @Test(arguments: cases.indices)
    func scoreIsZeroAtEstimate(index: Int) throws {
        let (result, summary) = try Self.fit(index, seed: UInt64(index + 20))
        let (problem, theta) = try Self.problem(summary, result)
        let score = problem.score(theta)
        for (i, estimate) in result.estimates.enumerated() {
            #expect(abs(score[i]) * estimate.standardError <= 1e-7, "\(estimate.name): score \(score[i])")
        }
        #expect(problem.hessian(theta).isNegativeDefinite)
    }

    /// Sampling from known parameters and fitting recovers each within 4 standard errors
    /// (20 seeds per case).
    @Test(arguments: cases.indices)
    func sampleThenFitRecoversParameters(index: Int) throws {
        let truth: [[String: Double]] = [
            ["mu": 2, "sigma": 3], ["mu": 2], ["sigma": 3], ["alpha": 0.4, "beta": 3], ["alpha": 60, "beta": 0.2],
            ["alpha": 0.4],
            ["beta": 2], ["lambda": 2], ["lambda": 4], ["p": 0.3], ["p": 0.6],
        ]
        for seed in 100..<120 {
            let (result, _) = try Self.fit(index, seed: UInt64(seed))
            for estimate in result.estimates {
                let actual = try #require(truth[index][estimate.name])
                #expect(
                    abs(estimate.value - actual) <= 4 * estimate.standardError,
                    "\(estimate.name) = \(estimate.value), true \(actual)")
            }
        }
    }

    /// Newton–Raphson started from a perturbed point lands on the closed form (to 1e-10 relative).
    @Test(arguments: cases.indices.filter { cases[$0].family != .gamma || cases[$0].fixed["alpha"] != nil })
    func newtonAgreesWithClosedForm(index: Int) throws {
        let (result, summary) = try Self.fit(index, seed: UInt64(index + 40))
        #expect(result.method == .closedForm)
        let (problem, theta) = try Self.problem(summary, result)
        let start = theta.dimension == 1 ? Theta(theta[0] * 1.1) : Theta(theta[0] + 0.1 * abs(theta[0]), theta[1] * 1.1)
        var newton = NewtonRaphson(problem: problem, start: start)
        let last = newton.run()
        #expect(newton.diagnosis.isConverged, "\(newton.diagnosis)")
        for i in 0..<theta.dimension {
            #expect(
                abs(last.theta[i] - theta[i]) <= 1e-10 * abs(theta[i]),
                "component \(i): \(last.theta[i]) vs \(theta[i])")
        }
    }

    /// The free-parameter problem the fit solved, and θ̂ in its coordinates.
    static func problem(_ summary: SampleSummary, _ result: FitResult) throws -> (AnyLikelihoodProblem, Theta) {
        let values = result.estimates.map(\.value)
        let theta = values.count == 1 ? Theta(values[0]) : Theta(values[0], values[1])
        let fixed = Dictionary(uniqueKeysWithValues: result.fixedParameters.map { ($0.name, $0.value) })
        let problem = summary.likelihood(fixing: fixed)
        #expect(problem.parameterNames == result.estimates.map(\.name))
        return (problem, theta)
    }

    func logLikelihood(_ summary: SampleSummary, _ result: FitResult, overriding values: [String: Double]) throws
        -> Double
    {
        let (problem, theta) = try Self.problem(summary, result)
        var moved = theta
        for (i, estimate) in result.estimates.enumerated() { moved[i] = values[estimate.name] ?? estimate.value }
        return problem.logLikelihood(moved)
    }
}

struct MethodOfMomentsTests {
    static func summary(_ family: Family, _ values: [Double]) throws -> SampleSummary {
        try SampleSummary(family: family, values: values)
    }

    /// Where the MLE has a closed form, matching moments gives the same numbers.
    @Test func agreesWithClosedFormsWhereTheyCoincide() throws {
        let normal = try Self.summary(.normal, [1, 2, 4, 7])
        #expect(
            MethodOfMoments.normal(normal)
                == Normal(mu: ClosedForm.normalMean(normal), sigma: ClosedForm.normalStandardDeviation(normal)))
        let exponential = try Self.summary(.exponential, [0.5, 1.5, 2])
        #expect(abs(MethodOfMoments.exponential(exponential).lambda - ClosedForm.exponentialRate(exponential)) <= 1e-15)
        let poisson = try Self.summary(.poisson, [0, 3, 4, 1])
        #expect(MethodOfMoments.poisson(poisson).lambda == ClosedForm.poissonRate(poisson))
        let bernoulli = try Self.summary(.bernoulli, [1, 0, 1, 1])
        #expect(MethodOfMoments.bernoulli(bernoulli).p == ClosedForm.successProbability(bernoulli))
        let binomial = try Self.summary(.binomial(trials: 5), [2, 3, 5])
        #expect(abs(MethodOfMoments.binomial(binomial).p - ClosedForm.successProbability(binomial)) <= 1e-15)
    }

    /// Gamma: α̃ = x̄²/s², β̃ = x̄/s². For {1, 2, 4, 7}: x̄ = 3.5, s² = 5.25, α̃ = 7/3, β̃ = 2/3;
    /// not the MLE, but a start from which Newton reaches it.
    @Test func gammaMomentsAndNewtonFromThem() throws {
        let summary = try Self.summary(.gamma, [1, 2, 4, 7])
        let moments = MethodOfMoments.gamma(summary)
        #expect(abs(moments.alpha - 7.0 / 3) <= 1e-15 && abs(moments.beta - 2.0 / 3) <= 1e-15)
        let fit = try MaximumLikelihood.fit(summary)
        #expect(abs(try #require(fit.value(of: "alpha")) - moments.alpha) > 0.01)
        var newton = NewtonRaphson(problem: summary.likelihood(), start: Theta(moments.alpha, moments.beta))
        let last = newton.run()
        #expect(newton.diagnosis.isConverged)
        #expect(abs(last.theta[0] - (try #require(fit.value(of: "alpha")))) <= 1e-10 * last.theta[0])
    }
}
