/// Fits a family to a summarised sample by maximum likelihood, with any parameters held fixed.
///
/// Each family's `FamilyDescription` says how: closed forms where they exist (Normal, Bernoulli,
/// Binomial, Exponential, Poisson, Lognormal, Gamma β with α known); Newton–Raphson for the Gamma
/// shape. Standard errors come from the inverse observed information at θ̂.
public enum MaximumLikelihood {
    /// The maximum likelihood fit of `summary.family` to the summarised data.
    ///
    /// - Parameter fixed: parameter names of the family and the known values to hold them at.
    /// - Throws: `DataError.emptySample`, `.tooFewValues`, or `.allValuesEqual` when the
    ///   likelihood has no finite interior maximum; `.estimateOutOfRange` when an estimate is
    ///   beyond the largest double (an exponential rate for values near 1e-310);
    ///   `.fixedValueBeyondPrecision` when a held value leaves the log-likelihood not finite.
    /// - Precondition: every fixed name belongs to the family, its value is allowed, and at least
    ///   one parameter is left free.
    /// - Complexity: O(1) in n (the data were consumed by the summary).
    public static func fit(_ summary: SampleSummary, fixed: [String: Double] = [:]) throws(DataError) -> FitResult {
        let result = try fitWithoutRangeCheck(summary, fixed: fixed)
        if let beyond = result.estimates.first(where: { !$0.value.isFinite }) {
            throw .estimateOutOfRange(parameter: beyond.name)
        }
        return result
    }

    private static func fitWithoutRangeCheck(
        _ summary: SampleSummary, fixed: [String: Double]
    ) throws(DataError) -> FitResult {
        let family = summary.family
        for (name, value) in fixed {
            precondition(
                family.allows(value, for: name), "\(name) = \(value) is not an allowed \(family.name) parameter")
        }
        precondition(
            fixed.count < family.parameterNames.count, "every parameter of \(family.name) is fixed: nothing to fit")
        guard summary.count > 0 else { throw .emptySample }
        let needed = family.model.minimumSampleSize(fixed: fixed)
        guard summary.count >= needed else {
            throw .tooFewValues(family: family.name, needed: needed, found: summary.count)
        }
        let result = try family.model.fit(summary, fixed: fixed)
        if !result.logLikelihood.isFinite, let held = fixed.min(by: { $0.key < $1.key }) {
            throw .fixedValueBeyondPrecision(name: held.key, value: held.value)
        }
        return result
    }

    static func fitExponential(_ summary: SampleSummary) throws(DataError) -> FitResult {
        guard summary.sum > 0 else {
            throw degenerate(summary, "lambda-hat = 1/mean would be infinite, so the likelihood is unbounded")
        }
        return FitAssembly.closedForm(
            RateLikelihood(summary), Theta(ClosedForm.exponentialRate(summary)), summary: summary)
    }

    static func fitPoisson(_ summary: SampleSummary) throws(DataError) -> FitResult {
        guard summary.sum > 0 else {
            // Every count 0: λ̂ = 0 on the edge of the parameter space, ℓ(λ) = −nλ.
            return FitAssembly.boundary(RateLikelihood(summary), estimate: 0, summary: summary)
        }
        return FitAssembly.closedForm(
            RateLikelihood(summary), Theta(ClosedForm.poissonRate(summary)), summary: summary)
    }

    /// Why the likelihood of `summary` has no interior maximum, `consequence` saying what the
    /// estimate would do: all values equal; or values whose spread is beyond double precision
    /// (differences that overflow, or underflow below the normal doubles), where arithmetic, not
    /// the data, made the spread 0 or not finite; or, otherwise, the data themselves.
    static func degenerate(_ summary: SampleSummary, _ consequence: String) -> DataError {
        if summary.allValuesEqual {
            return .allValuesEqual(value: summary.minimum, count: summary.count, consequence: consequence)
        }
        let range = summary.maximum - summary.minimum
        if !range.isFinite || range < .leastNormalMagnitude {
            return .spreadOutOfRange(minimum: summary.minimum, maximum: summary.maximum)
        }
        return .noInteriorMaximum(
            minimum: summary.minimum, maximum: summary.maximum, count: summary.count, consequence: consequence)
    }

    static func fitNormal(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        let likelihood = NormalLikelihood(summary)
        if let sigma = fixed["sigma"] {
            return FitAssembly.closedForm(
                likelihood.fixing("sigma", to: sigma), Theta(summary.mean), summary: summary,
                fixed: [FixedParameter(name: "sigma", value: sigma)])
        }
        let sigmaHat = ClosedForm.normalStandardDeviation(summary, mu: fixed["mu"])
        guard sigmaHat > 0 else {
            throw degenerate(summary, "sigma-hat would be 0, so the likelihood is unbounded")
        }
        if let mu = fixed["mu"] {
            return FitAssembly.closedForm(
                likelihood.fixing("mu", to: mu), Theta(sigmaHat), summary: summary,
                fixed: [FixedParameter(name: "mu", value: mu)])
        }
        return FitAssembly.closedForm(likelihood, Theta(summary.mean, sigmaHat), summary: summary)
    }

    static func fitSuccessProbability(_ summary: SampleSummary) -> FitResult {
        let likelihood = SuccessCountLikelihood(summary)
        let pHat = likelihood.successes / likelihood.trials
        guard pHat > 0 && pHat < 1 else {
            return FitAssembly.boundary(likelihood, estimate: pHat, summary: summary)
        }
        return FitAssembly.closedForm(likelihood, Theta(pHat), summary: summary)
    }

    static func fitGamma(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        let likelihood = GammaLikelihood(summary)
        if let alpha = fixed["alpha"] {
            return FitAssembly.closedForm(
                likelihood.fixing("alpha", to: alpha), Theta(ClosedForm.gammaRate(summary, alpha: alpha)),
                summary: summary, fixed: [FixedParameter(name: "alpha", value: alpha)])
        }
        if let beta = fixed["beta"] {
            let newton = GammaShapeEstimator.shapeWithRateKnown(likelihood, beta: beta)
            return FitAssembly.numerical(
                newton.problem, newton.current.theta, summary: summary, iterations: newton.current.number,
                diagnosis: newton.diagnosis, fixed: [FixedParameter(name: "beta", value: beta)])
        }
        guard GammaShapeProfile(likelihood).logMeanRatio > 0 else {
            throw degenerate(
                summary, "alpha-hat would be infinite: the likelihood keeps rising as alpha and beta grow together")
        }
        let newton = GammaShapeEstimator.shapeWithRateFree(likelihood)
        let alphaHat = newton.current.theta[0]
        return FitAssembly.numerical(
            likelihood, Theta(alphaHat, ClosedForm.gammaRate(summary, alpha: alphaHat)), summary: summary,
            iterations: newton.current.number, diagnosis: newton.diagnosis)
    }
}
