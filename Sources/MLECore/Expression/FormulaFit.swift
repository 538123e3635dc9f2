/// Why a formula model could not be fitted.
public enum FormulaFitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No observations.
    case emptySample
    /// The start is missing a parameter's value, or gives a parameter the model does not have.
    case startMismatch(String)
    /// ℓ is NaN or infinite at the start, here.
    case undefinedAtStart(UndefinedPoint)
    /// ℓ is finite at the start but its derivatives are not (a square root at 0, say).
    case derivativesUndefinedAtStart
    /// ℓ grows without limit: the climb ended where ℓ (or an estimate) is beyond double precision,
    /// or within a factor 2 of the largest double, which no log-likelihood of a density reaches.
    case unbounded(logLikelihood: Double, estimates: [ParameterEstimate])

    /// One sentence.
    public var description: String {
        switch self {
        case .emptySample: return "no observations to fit"
        case .startMismatch(let message): return message
        case .undefinedAtStart(let point): return "the log-likelihood is undefined at the start: \(point)"
        case .derivativesUndefinedAtStart:
            return "the log-likelihood's derivatives are not finite at the start: move the start inside the domain"
        case .unbounded(let logLikelihood, let estimates):
            let at = estimates.map { "\($0.name) = \(plain($0.value, significantDigits: 4))" }.joined(separator: ", ")
            return
                "the log-likelihood grows without limit (it reached \(plain(logLikelihood, significantDigits: 4)) at \(at)), so there is no maximum: exp(formula) is not a density in x"
        }
    }
}

/// Maximum likelihood for a typed model: Newton–Raphson with step halving from the learner's start
/// (a step along the score where ℓ does not curve down); where that does not end at a maximum with
/// negative curvature (a kink, as at the Laplace median), coordinate-wise bisection on the score's
/// sign. Standard errors from the observed information, likelihood-ratio intervals for one
/// parameter, AIC and BIC.
public enum FormulaFit {
    /// Newton's stopping rule: the default tolerances, at most 200 steps.
    public static let rule = StoppingRule(maxIterations: 200)

    /// Fits `model` to `sample` from `start` (one value per parameter, by name).
    ///
    /// - Throws: `FormulaFitError` for an empty sample, a start that does not name the model's
    ///   parameters, a start where ℓ or its derivatives are not finite, or an unbounded ℓ.
    public static func fit(_ model: FormulaModel, sample: [Double], start: [String: Double]) throws(FormulaFitError)
        -> FitResult
    {
        guard !sample.isEmpty else { throw .emptySample }
        let values = try startValues(model, start)
        let likelihood = model.likelihood(on: sample)
        let theta = values.count == 1 ? Theta(values[0]) : Theta(values[0], values[1])
        let jet = likelihood.jet(theta)
        guard jet.value.isFinite else {
            if let point = model.firstUndefined(on: sample, at: values) { throw .undefinedAtStart(point) }
            throw .undefinedAtStart(
                UndefinedPoint(
                    observation: nil, value: nil, part: "the sum over the data", reason: "overflows to infinity"))
        }
        guard jet.isFinite else { throw .derivativesUndefinedAtStart }
        var newton = NewtonRaphson(problem: likelihood, start: theta, rule: rule)
        let last = newton.run()
        if newton.diagnosis.isConverged && last.hessian.isNegativeDefinite {
            return try checked(
                FitAssembly.numerical(
                    likelihood, last.theta, modelName: model.text, iterations: last.number, diagnosis: newton.diagnosis),
                model, sample)
        }
        let best = last.logLikelihood >= jet.value ? last.theta : theta
        let polished = CoordinateBisection.climb(likelihood, from: best)
        return try checked(
            FitAssembly.numerical(
                likelihood, polished.theta, modelName: model.text, iterations: last.number + polished.cycles,
                diagnosis: polished.settled ? .converged(.noUphillStep) : newton.diagnosis),
            model, sample)
    }

    /// `result`, refused when ℓ ran off to the edge of double precision, and warned about when
    /// exp(formula) is not a density at the estimate (`FormulaModel.densityCheck`).
    private static func checked(_ result: FitResult, _ model: FormulaModel, _ sample: [Double]) throws(FormulaFitError)
        -> FitResult
    {
        let values = result.estimates.map(\.value)
        guard result.logLikelihood.isFinite, result.logLikelihood < .greatestFiniteMagnitude / 2,
            values.allSatisfy(\.isFinite)
        else { throw .unbounded(logLikelihood: result.logLikelihood, estimates: result.estimates) }
        let check = model.densityCheck(on: sample, at: values)
        return check.isDensity ? result : result.adding(.notADensity(total: check.total, support: check.support))
    }

    private static func startValues(_ model: FormulaModel, _ start: [String: Double]) throws(FormulaFitError)
        -> [Double]
    {
        for name in start.keys.sorted() where !model.parameterNames.contains(name) {
            throw .startMismatch("'\(name)' has a start value but does not appear in the formula")
        }
        var values: [Double] = []
        for name in model.parameterNames {
            guard let value = start[name] else { throw .startMismatch("parameter '\(name)' has no start value") }
            guard value.isFinite else { throw .startMismatch("the start value of '\(name)' must be a finite number") }
            values.append(value)
        }
        return values
    }
}
