import MLECore

extension ComputedValues {
    /// The fits of the shipped samples (`SampleDataFile`) that lesson prose quotes, one entry a
    /// number, named `sample-FILE-QUANTITY`:
    ///
    /// - `sample-FILE-PARAMETER`: θ̂; `…-se` its standard error (for example `sample-gamma-alpha-se`);
    /// - `…-low` and `…-high`: the ends of its 95 % Wald interval as `fit` prints it, on the log or
    ///   logit scale where the parameter is bounded and mapped back; `…-plain-low`, `…-plain-high`:
    ///   θ̂ ± 1.96 SE; `…-lr-low`, `…-lr-high`: its likelihood-ratio interval;
    /// - `sample-FILE-loglik`, `-aic`, `-bic`, `-n`, `-mean`: ℓ(θ̂), the information criteria, n and x̄;
    /// - `sample-gamma-alpha-start`, `sample-gamma-beta-start`: the method-of-moments start x̄²/s², x̄/s²;
    /// - `sample-gamma-newton-steps start=A`, `sample-gamma-newton-steps-from-moments`: the Newton
    ///   steps `mletutor fit` would take on the Gamma shape from α = A or from the moments' α̃.
    ///
    /// Each fits the file as `mletutor fit FILE` does, with the file's own family.
    static let sampleDataFormulas: [String: Formula] = {
        var formulas: [String: Formula] = [:]
        for (file, family) in sampleFamilies {
            let fit = { @Sendable () throws -> FitResult in
                guard let sample = SampleDataFile.named(file) else {
                    throw ArgumentError(message: "the sample '\(file)' is not built into this binary")
                }
                return try sample.fit(family)
            }
            for name in family.parameterNames {
                // The fit and the place of `name` among its free parameters.
                let indexed = { @Sendable () throws -> (fit: FitResult, index: Int) in
                    let result = try fit()
                    guard let index = result.estimates.firstIndex(where: { $0.name == name }) else {
                        throw ArgumentError(message: "the fit has no free parameter '\(name)'")
                    }
                    return (result, index)
                }
                let estimate = { @Sendable () throws -> ParameterEstimate in
                    let (result, index) = try indexed()
                    return result.estimates[index]
                }
                let wald = { @Sendable () throws -> ConfidenceInterval in
                    let (result, index) = try indexed()
                    return result.transformedWaldIntervals()[index]
                }
                let likelihoodRatio = { @Sendable () throws -> ConfidenceInterval in
                    let (result, index) = try indexed()
                    guard let interval = result.likelihoodRatioIntervals()[index] else {
                        throw ArgumentError(message: "the fit has no likelihood-ratio interval for '\(name)'")
                    }
                    return interval
                }
                let prefix = "sample-\(file)-\(name)"
                formulas[prefix] = Formula(arguments: []) { _ in try estimate().value }
                formulas[prefix + "-se"] = Formula(arguments: []) { _ in try estimate().standardError }
                formulas[prefix + "-low"] = Formula(arguments: []) { _ in try wald().lower }
                formulas[prefix + "-high"] = Formula(arguments: []) { _ in try wald().upper }
                formulas[prefix + "-plain-low"] = Formula(arguments: []) { _ in try estimate().waldInterval.lower }
                formulas[prefix + "-plain-high"] = Formula(arguments: []) { _ in try estimate().waldInterval.upper }
                formulas[prefix + "-lr-low"] = Formula(arguments: []) { _ in try likelihoodRatio().lower }
                formulas[prefix + "-lr-high"] = Formula(arguments: []) { _ in try likelihoodRatio().upper }
            }
            formulas["sample-\(file)-loglik"] = Formula(arguments: []) { _ in try fit().logLikelihood }
            formulas["sample-\(file)-aic"] = Formula(arguments: []) { _ in try fit().aic }
            formulas["sample-\(file)-bic"] = Formula(arguments: []) { _ in try fit().bic }
            formulas["sample-\(file)-n"] = Formula(
                arguments: [], compute: { _ in Double(try fit().sampleSize) }, isCount: true)
            formulas["sample-\(file)-mean"] = Formula(arguments: []) { _ in
                guard let sample = SampleDataFile.named(file) else {
                    throw ArgumentError(message: "the sample '\(file)' is not built into this binary")
                }
                return try sample.summary(for: family).mean
            }
        }
        let gammaStart = { @Sendable () throws -> Gamma in
            guard let sample = SampleDataFile.named("gamma") else {
                throw ArgumentError(message: "the sample 'gamma' is not built into this binary")
            }
            return MethodOfMoments.gamma(try sample.summary(for: .gamma))
        }
        formulas["sample-gamma-alpha-start"] = Formula(arguments: []) { _ in try gammaStart().alpha }
        formulas["sample-gamma-newton-steps"] = Formula(
            arguments: ["start"],
            compute: { values in
                guard let start = values["start"], start > 0, start < 1e6 else {
                    throw ArgumentError(message: "start must be above 0 and below 1e6")
                }
                return Double(try newtonSteps(from: start))
            }, isCount: true)
        formulas["sample-gamma-newton-steps-from-moments"] = Formula(
            arguments: [], compute: { _ in Double(try newtonSteps(from: try gammaStart().alpha)) }, isCount: true)
        formulas["sample-gamma-beta-start"] = Formula(arguments: []) { _ in try gammaStart().beta }
        return formulas
    }()

    /// Newton steps on the Gamma shape's profile likelihood of the shipped Gamma sample from α = `start`,
    /// with the stopping rule `mletutor fit` uses.
    private static func newtonSteps(from start: Double) throws -> Int {
        guard let sample = SampleDataFile.named("gamma") else {
            throw ArgumentError(message: "the sample 'gamma' is not built into this binary")
        }
        let profile = GammaShapeProfile(GammaLikelihood(try sample.summary(for: .gamma)))
        var newton = NewtonRaphson(problem: profile, start: Theta(start), rule: GammaShapeEstimator.rule)
        let last = newton.run()
        guard newton.diagnosis.isConverged else {
            throw ArgumentError(message: "Newton's method from α = \(start) did not converge")
        }
        return last.number
    }

    /// The shipped samples and the family each was drawn from.
    static let sampleFamilies: [(file: String, family: Family)] = [
        ("normal", .normal), ("exponential", .exponential), ("gamma", .gamma),
    ]
}
