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

    /// One sentence.
    public var description: String {
        switch self {
        case .emptySample: return "no observations to fit"
        case .startMismatch(let message): return message
        case .undefinedAtStart(let point): return "the log-likelihood is undefined at the start: \(point)"
        case .derivativesUndefinedAtStart:
            return "the log-likelihood's derivatives are not finite at the start: move the start inside the domain"
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
    ///   parameters, or a start where ℓ or its derivatives are not finite.
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
            return FitAssembly.numerical(
                likelihood, last.theta, modelName: model.text, iterations: last.number, diagnosis: newton.diagnosis)
        }
        let best = last.logLikelihood >= jet.value ? last.theta : theta
        let polished = CoordinateBisection.climb(likelihood, from: best)
        return FitAssembly.numerical(
            likelihood, polished.theta, modelName: model.text, iterations: last.number + polished.cycles,
            diagnosis: polished.settled ? .converged(.noUphillStep) : newton.diagnosis)
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
