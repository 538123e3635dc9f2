import RealModule
import Testing

@testable import MLECore

/// Exact derivatives: a formula's ℓ, score and Hessian equal the hand-written likelihoods', and the
/// printed derivative evaluates to the automatic one.
struct FormulaLikelihoodTests {
    static func gammaSample() -> [Double] {
        var generator = SeededGenerator(seed: 17)
        return Gamma(alpha: 2.5, beta: 1.5).samples(400, using: &generator)
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    /// Gamma written as a formula splits fully into sufficient statistics; tolerance 1e-12 relative.
    @Test(arguments: [(2.0, 1.0), (0.7, 3.2), (12.0, 0.4)])
    func gammaFormulaEqualsGammaLikelihood(alpha: Double, beta: Double) throws {
        let sample = Self.gammaSample()
        let model = try FormulaModel(
            "alpha*log(beta) - lgamma(alpha) + (alpha - 1)*log(x) - beta*x", parameters: ["alpha", "beta"])
        let formula = model.likelihood(on: sample)
        let reference = GammaLikelihood(try SampleSummary(family: .gamma, values: sample))
        let theta = Theta(alpha, beta)
        #expect(Self.close(formula.logLikelihood(theta), reference.logLikelihood(theta)))
        let (s, r) = (formula.score(theta), reference.score(theta))
        #expect(Self.close(s[0], r[0], 1e-11) && Self.close(s[1], r[1], 1e-11))
        let (h, k) = (formula.hessian(theta), reference.hessian(theta))
        #expect(Self.close(h.h11, k.h11) && Self.close(h.h12, k.h12) && Self.close(h.h22, k.h22))
    }

    /// The Normal's (x − μ)² does not split, so this runs the per-observation program.
    @Test func normalFormulaEqualsNormalLikelihood() throws {
        var generator = SeededGenerator(seed: 5)
        let sample = Normal(mu: 1, sigma: 2).samples(300, using: &generator)
        let model = try FormulaModel(
            "-log(sigma) - 0.5*log(2*pi) - (x - mu)^2/(2*sigma^2)", parameters: ["mu", "sigma"])
        let formula = model.likelihood(on: sample)
        let reference = NormalLikelihood(try SampleSummary(family: .normal, values: sample))
        for theta in [Theta(1, 2), Theta(-3, 0.5), Theta(10, 7)] {
            #expect(Self.close(formula.logLikelihood(theta), reference.logLikelihood(theta), 1e-11))
            let (s, r) = (formula.score(theta), reference.score(theta))
            #expect(Self.close(s[0], r[0], 1e-10) && Self.close(s[1], r[1], 1e-10))
            let (h, k) = (formula.hessian(theta), reference.hessian(theta))
            #expect(
                Self.close(h.h11, k.h11, 1e-11) && Self.close(h.h12, k.h12, 1e-10) && Self.close(h.h22, k.h22, 1e-10))
        }
    }

    /// Every function's jet against its printed derivative evaluated as numbers, and the second
    /// derivative against a central difference of the first (step 1e-5, tolerance 1e-6 relative).
    @Test(arguments: [
        "log(a) * x", "exp(-a*x)", "sqrt(a + x)", "abs(x - a)", "lgamma(a + x)", "digamma(a*x)",
        "log1p(a*x)", "expm1(-a*x)", "sin(a*x)", "cos(a + x)", "a^x", "x^a", "(x - a)^3",
        "x/(a + 1) - mean(x*a)", "sum((x - a)^2)/n",
    ])
    func jetAgreesWithPrintedDerivative(formula: String) throws {
        let model = try FormulaModel(formula, parameters: ["a"])
        let sample = [0.3, 1.7, 2.2]
        let likelihood = model.likelihood(on: sample)
        let derivative = try #require(model.node.derivative(inParameter: 0))
        for a in [0.6, 1.3] {
            let jet = likelihood.jet(Theta(a))
            var evaluator = PlainEvaluator(sample: sample, parameters: [a])
            let printed = sample.reduce(0) { $0 + evaluator.value(derivative, x: $1) }
            #expect(Self.close(jet.d0, printed, 1e-12), "\(formula) at a = \(a)")
            let h = 1e-5
            let difference = (likelihood.jet(Theta(a + h)).d0 - likelihood.jet(Theta(a - h)).d0) / (2 * h)
            #expect(Self.close(jet.d00, difference, 1e-6), "\(formula) at a = \(a)")
        }
    }

    /// mpmath.polygamma(m, x), 15 digits.
    @Test(arguments: [
        (2, 0.1, -2001.86145737834), (2, 1.0, -2.40411380631919), (2, 25.0, -0.00166527931842247),
        (3, 0.5, 97.4090910340024), (3, 3.7, 0.0582792179565636), (3, 400.0, 3.13673828118897e-8),
    ])
    func polygammaMatchesMpmath(order: Int, x: Double, expected: Double) {
        #expect(Self.close(polygamma(order: order, x), expected, 1e-13))
    }

    @Test func scoreIsPrintedReadably() throws {
        let model = try FormulaModel("log(lambda) - lambda*x", parameters: ["lambda"])
        let score = try #require(model.node.derivative(inParameter: 0))
        let unicode = ExpressionPrinter(style: .unicode, parameterNames: model.parameterNames)
        #expect(unicode.sumOverObservations(score) == "Σ(1/λ − xᵢ)")
        let ascii = ExpressionPrinter(style: .ascii, parameterNames: model.parameterNames)
        #expect(ascii.sumOverObservations(score) == "sum(1/lambda - x_i)")
    }

    @Test(arguments: [
        ("x*log(lambda) - lambda - lgamma(x + 1)", ["lambda"], 0, "Σ(xᵢ/λ − 1)"),
        ("-log(sigma) - (x - mu)^2/(2*sigma^2)", ["mu", "sigma"], 0, "Σ((xᵢ − μ)/σ^2)"),
        ("-log(sigma) - (x - mu)^2/(2*sigma^2)", ["mu", "sigma"], 1, "Σ((xᵢ − μ)^2/σ^3 − 1/σ)"),
        ("x*log(p) + (1 - x)*log(1 - p)", ["p"], 0, "Σ(xᵢ/p − (1 − xᵢ)/(1 − p))"),
    ])
    func printedScores(formula: String, parameters: [String], index: Int, expected: String) throws {
        let model = try FormulaModel(formula, parameters: parameters)
        let score = try #require(model.node.derivative(inParameter: index))
        let printer = ExpressionPrinter(style: .unicode, parameterNames: parameters)
        #expect(printer.sumOverObservations(score) == expected)
    }
}
