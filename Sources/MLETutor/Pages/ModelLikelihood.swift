import MLECore

/// A typed one-parameter model on a sample, as the curve and the optimizer page need it: the
/// likelihood, its fit from the learner's start (nil when there is none), and a slider around it.
/// A two-parameter model is shown one parameter at a time, the other held at its estimate.
struct ModelLikelihood: LikelihoodSource {
    let model: FormulaModel
    let sample: [Double]
    let start: Double
    let problem: AnyLikelihoodProblem
    let fit: FitResult?

    /// A typed model says nothing of its parameters' domains: the slider may go anywhere, and ℓ
    /// shows where the formula is undefined.
    func domain(_ index: Int) -> ParameterDomain { .realLine }

    var parameterNames: [String] { model.parameterNames }

    /// - Precondition: a one-parameter model and a non-empty sample.
    init(model: FormulaModel, sample: [Double], start: Double) {
        precondition(model.parameterNames.count == 1, "a model slice has one parameter")
        self.model = model
        self.sample = sample
        self.start = start
        problem = AnyLikelihoodProblem(model.likelihood(on: sample))
        fit = try? FormulaFit.fit(model, sample: sample, start: [model.parameterNames[0]: start])
    }

    /// A slider over θ̂ ± 5 standard errors (or ± half of θ̂), widened to include the start and
    /// trimmed to where ℓ is defined, starting at the learner's start.
    func slider() -> ParameterSlider {
        let centre = estimate(0)?.value ?? start
        let error = estimate(0)?.standardError ?? .nan
        var spread = error.isFinite && error > 0 ? 5 * error : max(abs(centre) / 2, 0.5)
        spread = max(spread, 1.2 * abs(start - centre))
        var lower = centre - spread
        var upper = centre + spread
        lower = trimmed(lower, towards: centre)
        upper = trimmed(upper, towards: centre)
        if !(lower < upper) { (lower, upper) = (centre - 1, centre + 1) }
        let step = ParameterRange.niceStep(for: upper - lower)
        // Inwards onto the step's grid, so the axis gets round ticks and the ends stay defined.
        let (gridLower, gridUpper) = ((lower / step).rounded(.up) * step, (upper / step).rounded(.down) * step)
        if gridLower < gridUpper { (lower, upper) = (gridLower, gridUpper) }
        let value = min(max((start / step).rounded() * step, lower), upper)
        return ParameterSlider(value: value, step: step, range: lower...upper)
    }

    /// `end`, moved towards `centre` by bisection until ℓ is defined there.
    private func trimmed(_ end: Double, towards centre: Double) -> Double {
        var outside = end
        guard !problem.isInDomain(Theta(outside)) else { return outside }
        var inside = centre
        guard problem.isInDomain(Theta(inside)) else { return end }
        for _ in 0..<60 {
            let middle = 0.5 * (inside + outside)
            if problem.isInDomain(Theta(middle)) { inside = middle } else { outside = middle }
        }
        return inside
    }
}
