import MLECore
import Testing

/// ℓ(θ) = −(c/2)(θ − 3)², defined for θ < `edge` only, with NaN beyond `cliff`: a test problem
/// whose behaviour under each optimizer is known exactly.
struct Parabola: LikelihoodProblem {
    var curvature = 1.0
    var edge = Double.infinity
    var cliff = Double.infinity
    var parameterNames: [String] { ["theta"] }
    var dimension: Int { 1 }
    var sampleSize: Int { 1 }
    func isInDomain(_ theta: Theta) -> Bool { theta[0] < edge }
    func logLikelihood(_ theta: Theta) -> Double {
        theta[0] > cliff ? .nan : -0.5 * curvature * (theta[0] - 3) * (theta[0] - 3)
    }
    func score(_ theta: Theta) -> Theta { Theta(-curvature * (theta[0] - 3)) }
    func hessian(_ theta: Theta) -> Hessian { Hessian(-curvature) }
}

struct OptimizerTests {
    /// Gradient ascent multiplies the distance to the peak by (1 − ηc) each step.
    @Test func gradientAscentConvergesWithSmallLearningRate() {
        var ascent = GradientAscent(problem: Parabola(), start: Theta(0), learningRate: 0.5)
        let first = ascent.step()
        #expect(first.number == 1)
        #expect(first.theta == Theta(1.5))
        #expect(first.step == Theta(1.5))
        #expect(first.logLikelihood == -1.125)
        #expect(first.score == Theta(1.5))
        let last = ascent.run()
        #expect(ascent.diagnosis.isConverged)
        #expect(abs(last.theta[0] - 3) <= 1e-10)
    }

    @Test func gradientAscentOscillatesWhenLearningRateIsTwiceTheInverseCurvature() {
        var ascent = GradientAscent(problem: Parabola(), start: Theta(0), learningRate: 2)
        _ = ascent.run()
        #expect(ascent.diagnosis == .oscillating)
        #expect(ascent.current.number < 10)
    }

    /// On a skewed log-likelihood a large η can make θ bounce irregularly across the peak:
    /// neither a steady oscillation nor a steady divergence, and it would never converge.
    @Test func gradientAscentReportsAnIrregularBounceAsOscillating() throws {
        var generator = SeededGenerator(seed: 4)
        let values = Gamma(alpha: 2.5, beta: 1).samples(50, using: &generator)
        let problem = try SampleSummary(family: .gamma, values: values).likelihood(fixing: ["beta": 1])
        var ascent = GradientAscent(problem: problem, start: Theta(1.5), learningRate: 0.1)
        _ = ascent.run()
        #expect(ascent.diagnosis == .oscillating)
        #expect(ascent.current.number <= 30)
    }

    /// A damped overshoot reverses every step but shrinks, and must be left to converge.
    @Test func dampedOvershootStillConverges() {
        var ascent = GradientAscent(problem: Parabola(), start: Theta(0), learningRate: 1.9)
        _ = ascent.run()
        #expect(ascent.diagnosis.isConverged)
        #expect(abs(ascent.current.theta[0] - 3) < 1e-6)
    }

    @Test func gradientAscentDivergesWhenLearningRateIsTooLarge() {
        var ascent = GradientAscent(problem: Parabola(), start: Theta(0), learningRate: 3)
        _ = ascent.run()
        #expect(ascent.diagnosis == .diverging)
        #expect(ascent.diagnosis.description == "diverging: the log-likelihood keeps falling while the steps grow")
    }

    @Test func gradientAscentStopsAtTheDomainEdgeUnlessBacktracking() {
        var plain = GradientAscent(problem: Parabola(edge: 4), start: Theta(0), learningRate: 1.5)
        _ = plain.run()
        #expect(plain.diagnosis == .leftDomain)
        #expect(plain.current.theta == Theta(0))
        var careful = GradientAscent(problem: Parabola(edge: 4), start: Theta(0), learningRate: 1.5, backtracking: true)
        let first = careful.step()
        #expect(first.adjustment == .halvedToStayInDomain(times: 1))
        _ = careful.run()
        #expect(careful.diagnosis.isConverged)
    }

    @Test func nonFiniteLikelihoodStopsTheRun() {
        var ascent = GradientAscent(problem: Parabola(cliff: 2), start: Theta(0), learningRate: 0.9)
        _ = ascent.run()
        #expect(ascent.diagnosis == .nonFinite)
    }

    @Test func iterationLimitIsReported() {
        var ascent = GradientAscent(
            problem: Parabola(), start: Theta(0), learningRate: 1e-3, rule: StoppingRule(maxIterations: 5))
        _ = ascent.run()
        #expect(ascent.diagnosis == .iterationLimit(5))
        #expect(ascent.current.number == 5)
        #expect(ascent.diagnosis.description == "did not converge after 5 iterations")
        let frozen = ascent.step()
        #expect(frozen == ascent.current)
    }

    /// A learning rate so small that θ barely moves is not convergence.
    @Test func tinyGradientStepsAreNotConvergence() {
        var ascent = GradientAscent(
            problem: Parabola(), start: Theta(1), learningRate: 1e-18, rule: StoppingRule(maxIterations: 20))
        _ = ascent.run()
        #expect(ascent.diagnosis == .iterationLimit(20))
    }

    @Test func newtonSolvesAParabolaInOneStep() {
        var newton = NewtonRaphson(problem: Parabola(curvature: 7), start: Theta(-10))
        let first = newton.step()
        #expect(first.theta == Theta(3))
        _ = newton.run()
        #expect(newton.diagnosis == .converged(.scoreVanished))
        #expect(newton.current.number == 1)
    }

    /// Exponential ℓ(λ) = n log λ − λΣx: Newton's step from λ > 2λ̂ lands below 0.
    @Test func newtonLeavesTheDomainUnlessSafeguarded() throws {
        let summary = try SampleSummary(family: .exponential, values: [0.5, 1.5, 1.0, 2.0])
        let problem = RateLikelihood(summary)
        var raw = NewtonRaphson(problem: problem, start: Theta(3), safeguarded: false)
        _ = raw.run()
        #expect(raw.diagnosis == .leftDomain)
        #expect(
            raw.diagnosis.description
                == "left the domain: the next step would put a parameter outside its allowed range")
        var guarded = NewtonRaphson(problem: problem, start: Theta(3))
        let first = guarded.step()
        #expect(first.adjustment == .halvedToStayInDomain(times: 2))
        _ = guarded.run()
        #expect(guarded.diagnosis.isConverged)
        #expect(abs(guarded.current.theta[0] - 0.8) <= 1e-14)
    }

    /// The Normal ℓ(σ) curves up for σ > √3·σ̂: there the safeguard steps along the score instead.
    @Test func newtonFallsBackWhereCurvatureIsPositive() throws {
        let summary = try SampleSummary(family: .normal, values: [1, 2, 3, 4, 5])
        let sigmaHat = ClosedForm.normalStandardDeviation(summary)
        let problem = NormalLikelihood(summary).fixing("mu", to: 3)
        var newton = NewtonRaphson(problem: problem, start: Theta(3 * sigmaHat))
        #expect(!newton.current.hessian.isNegativeDefinite)
        let first = newton.step()
        #expect(first.adjustment == .curvatureNotNegative)
        #expect(first.logLikelihood > newton.problem.logLikelihood(Theta(3 * sigmaHat)))
        _ = newton.run()
        #expect(newton.diagnosis.isConverged)
        #expect(abs(newton.current.theta[0] - sigmaHat) <= 1e-12 * sigmaHat)
    }

    /// Stepping by hand walks exactly the path `run()` walks.
    @Test func steppingAndRunningAgree() throws {
        var generator = SeededGenerator(seed: 3)
        let summary = try SampleSummary(
            family: .gamma, values: Gamma(alpha: 2, beta: 1).samples(100, using: &generator))
        let problem = GammaLikelihood(summary)
        var stepped = NewtonRaphson(problem: problem, start: Theta(1, 1))
        var path: [Iterate] = []
        while !stepped.diagnosis.isFinished { path.append(stepped.step()) }
        var ran = NewtonRaphson(problem: problem, start: Theta(1, 1))
        #expect(ran.run() == path.last)
        for (previous, next) in zip(path, path.dropFirst()) {
            #expect(next.theta == previous.theta + next.step)
        }
    }

    /// A score with rounding-like noise of 1e-11 is never exactly zero, like the Gamma shape score
    /// near α ≈ 80: with tolerances alone Newton runs to its limit; it stops once its steps stop
    /// shrinking.
    @Test func newtonStopsWhenStepsStopShrinking() {
        var newton = NewtonRaphson(
            problem: NoisyParabola(), start: Theta(0), rule: StoppingRule(scoreTolerance: 0, stepTolerance: 0))
        _ = newton.run()
        #expect(newton.diagnosis == .converged(.stepStoppedShrinking))
        #expect(newton.current.number <= 6)
        #expect(abs(newton.current.theta[0] - 3) <= 1e-10)
        var toleranceOnly = NewtonRaphson(
            problem: NoisyParabola(), start: Theta(0),
            rule: StoppingRule(scoreTolerance: 0, stepTolerance: 0, shrinkingWindow: 0))
        _ = toleranceOnly.run()
        #expect(toleranceOnly.diagnosis == .iterationLimit(100))
    }
}

/// ℓ(θ) = −(θ − 3)²/2 whose score carries a deterministic wobble of up to 1e-11.
struct NoisyParabola: LikelihoodProblem {
    var parameterNames: [String] { ["theta"] }
    var dimension: Int { 1 }
    var sampleSize: Int { 1 }
    func isInDomain(_ theta: Theta) -> Bool { true }
    func logLikelihood(_ theta: Theta) -> Double { -0.5 * (theta[0] - 3) * (theta[0] - 3) }
    func score(_ theta: Theta) -> Theta {
        let wobble = Double(theta[0].bitPattern % 1000) / 1000 - 0.5
        return Theta(3 - theta[0] + 2e-11 * wobble)
    }
    func hessian(_ theta: Theta) -> Hessian { Hessian(-1) }
}
