/// Turns an estimate θ̂ of a likelihood problem into a `FitResult`: standard errors from the
/// inverse observed information, Wald and likelihood-ratio intervals, warnings.
enum FitAssembly {
    static func closedForm<Problem: LikelihoodProblem>(
        _ problem: Problem, _ estimate: Theta, summary: SampleSummary,
        fixed: [FixedParameter] = []
    ) -> FitResult {
        assemble(
            problem, estimate, summary: summary, fixed: fixed, method: .closedForm, iterations: 0,
            diagnosis: .converged(.scoreVanished))
    }

    static func numerical<Problem: LikelihoodProblem>(
        _ problem: Problem, _ estimate: Theta, summary: SampleSummary, iterations: Int,
        diagnosis: Diagnosis, fixed: [FixedParameter] = []
    ) -> FitResult {
        assemble(
            problem, estimate, summary: summary, fixed: fixed, method: .newtonRaphson, iterations: iterations,
            diagnosis: diagnosis)
    }

    /// A Newton fit of a model that is not a family (a typed formula), named `modelName`.
    static func numerical<Problem: LikelihoodProblem>(
        _ problem: Problem, _ estimate: Theta, modelName: String, iterations: Int, diagnosis: Diagnosis
    ) -> FitResult {
        assemble(
            problem, estimate, family: nil, modelName: modelName, fixed: [], method: .newtonRaphson,
            iterations: iterations, diagnosis: diagnosis)
    }

    /// A fit of `family` to censored data, whose likelihood is not a function of a sample summary.
    static func censored<Problem: LikelihoodProblem>(
        _ problem: Problem, _ estimate: Theta, family: Family, method: FitMethod, iterations: Int = 0,
        diagnosis: Diagnosis = .converged(.scoreVanished)
    ) -> FitResult {
        assemble(
            problem, estimate, family: family, modelName: family.name, fixed: [], method: method,
            iterations: iterations, diagnosis: diagnosis)
    }

    /// A one-parameter estimate on the domain's edge: SE 0, a degenerate Wald interval, a warning.
    static func boundary<Problem: LikelihoodProblem>(_ problem: Problem, estimate: Double, summary: SampleSummary)
        -> FitResult
    {
        let name = problem.parameterNames[0]
        let maximum = problem.logLikelihood(Theta(estimate))
        let interval = LikelihoodRatioInterval.find(
            in: problem, estimate: estimate, maximum: maximum,
            scale: 1 / Double(summary.count))
        let parameter = ParameterEstimate(
            name: name, value: estimate, standardError: 0,
            waldInterval: ConfidenceInterval(lower: estimate, upper: estimate),
            likelihoodRatioInterval: interval)
        return FitResult(
            family: summary.family, modelName: summary.family.name, sampleSize: summary.count, estimates: [parameter],
            fixedParameters: [],
            logLikelihood: maximum, method: .closedForm, iterations: 0, diagnosis: .converged(.scoreVanished),
            warnings: [.boundaryEstimate(name: name, value: estimate)])
    }

    private static func assemble<Problem: LikelihoodProblem>(
        _ problem: Problem, _ estimate: Theta, summary: SampleSummary,
        fixed: [FixedParameter], method: FitMethod, iterations: Int,
        diagnosis: Diagnosis
    ) -> FitResult {
        assemble(
            problem, estimate, family: summary.family, modelName: summary.family.name, fixed: fixed, method: method,
            iterations: iterations, diagnosis: diagnosis)
    }

    private static func assemble<Problem: LikelihoodProblem>(
        _ problem: Problem, _ estimate: Theta, family: Family?, modelName: String,
        fixed: [FixedParameter], method: FitMethod, iterations: Int,
        diagnosis: Diagnosis
    ) -> FitResult {
        let maximum = problem.logLikelihood(estimate)
        let hessian = problem.hessian(estimate)
        // Where ℓ has a corner or a flat direction at θ̂ the information is not positive definite:
        // its inverse is no covariance (a variance would come out negative), so none is given.
        // (A Hessian below the smallest normal double is a matter of scale, said differently.)
        let underflows = (0..<hessian.dimension).allSatisfy { i in
            (0..<hessian.dimension).allSatisfy { abs(hessian[i, $0]) < .leastNormalMagnitude }
        }
        let curvedDown = !hessian.isFinite || underflows || hessian.isNegativeDefinite
        let covariance = curvedDown ? hessian.negated.inverse : nil
        let estimates = problem.parameterNames.enumerated().map { index, name in
            let variance = covariance?[index, index] ?? .nan
            let standardError = variance > 0 ? variance.squareRoot() : .nan
            let value = estimate[index]
            let likelihoodRatio =
                problem.dimension == 1
                ? LikelihoodRatioInterval.find(in: problem, estimate: value, maximum: maximum, scale: standardError)
                : nil
            return ParameterEstimate(
                name: name, value: value, standardError: standardError,
                waldInterval: .wald(estimate: value, standardError: standardError.isNaN ? .infinity : standardError),
                likelihoodRatioInterval: likelihoodRatio)
        }
        var warnings: [FitWarning] = diagnosis.isConverged ? [] : [.notConverged(diagnosis)]
        if problem.sampleSize < FitWarning.smallSampleSize { warnings.append(.smallSample(n: problem.sampleSize)) }
        if !curvedDown {
            warnings.append(.informationNotPositiveDefinite)
        } else if estimates.contains(where: { $0.standardError.isNaN || $0.standardError.isInfinite }) {
            warnings.append(.standardErrorsUnavailable)
        }
        return FitResult(
            family: family, modelName: modelName, sampleSize: problem.sampleSize, estimates: estimates,
            fixedParameters: fixed, logLikelihood: maximum, method: method, iterations: iterations,
            diagnosis: diagnosis,
            warnings: warnings, covariance: covariance.map(SymmetricMatrix.init), problem: AnyLikelihoodProblem(problem)
        )
    }
}
