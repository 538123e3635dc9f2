import RealModule
import Testing

@testable import MLECore

/// The density check: a normalised model totals 1 on its support, a model without its constant
/// totals what the constant would have divided by (tolerance 1e-4 for the 20,000-cell rule).
struct DensityCheckTests {
    @Test(arguments: [
        ("-log(2*b) - abs(x - m)/b", ["m", "b"], [1.4, 0.7], [0.5, 1.2, 2.9, 1.7]),
        ("log(lambda) - lambda*x", ["lambda"], [2.0], [0.5, 1.2, 0.1]),
        ("-log(sigma) - log(2*pi)/2 - (x - mu)^2/(2*sigma^2)", ["mu", "sigma"], [-3.0, 0.4], [-1, 2.5, 0.3]),
        ("x*log(lambda) - lambda - lgamma(x + 1)", ["lambda"], [3.5], [2, 0, 5, 3]),
        (
            "alpha*log(beta) - lgamma(alpha) + (alpha - 1)*log(x) - beta*x", ["alpha", "beta"], [2.5, 1.5], [0.4, 2, 1]
        ),
    ])
    func densitiesTotalOne(formula: String, parameters: [String], at theta: [Double], sample: [Double]) throws {
        let model = try FormulaModel(formula, parameters: parameters)
        let check = model.densityCheck(on: sample, at: theta)
        #expect(abs(check.total - 1) < 1e-4, "\(check)")
        #expect(check.isDensity)
    }

    @Test func aMissingConstantIsMeasured() throws {
        let laplace = try FormulaModel("-abs(x - m)/b", parameters: ["m", "b"])
        let check = laplace.densityCheck(on: [0.5, 1.2, 2.9], at: [1, 0.7])
        #expect(abs(check.total - 1.4) < 1e-4 && !check.isDensity && check.support == .realLine)
        let poisson = try FormulaModel("x*log(lambda) - lambda", parameters: ["lambda"])
        let counts = poisson.densityCheck(on: [2, 0, 5], at: [0.5])
        // Without log x!, the total is Σₖ 0.5ᵏ e^(−0.5) = 2e^(−0.5).
        #expect(counts.support == .counts && !counts.isDensity)
        #expect(abs(counts.total - 2 * Double.exp(-0.5)) < 1e-12)
    }

    @Test func holdingAParameterLeavesASlice() throws {
        let model = try FormulaModel("-log(2*b) - abs(x - m)/b", parameters: ["m", "b"])
        let slice = model.holding("m", at: 1.5)
        #expect(slice.parameterNames == ["b"])
        let sample = [0.5, 1.2, 2.9]
        #expect(
            slice.likelihood(on: sample).logLikelihood(Theta(0.8))
                == model.likelihood(on: sample).logLikelihood(Theta(1.5, 0.8)))
    }
}
