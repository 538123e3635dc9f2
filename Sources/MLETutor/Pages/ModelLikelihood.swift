import MLECore

/// A typed model of one or two parameters on a sample, as the curve, the optimizer page and the
/// surface need it: the likelihood, its fit from the learner's start (nil when there is none), and
/// a slider per parameter around it.
struct ModelLikelihood: LikelihoodSource {
    let model: FormulaModel
    let sample: [Double]
    /// The learner's start, one value per parameter.
    let start: [Double]
    let problem: AnyLikelihoodProblem
    let fit: FitResult?

    /// A typed model says nothing of its parameters' domains: the slider may go anywhere, and ℓ
    /// shows where the formula is undefined.
    func domain(_ index: Int) -> ParameterDomain { .realLine }

    /// The model page says what the data are.
    func dataStrip(width: Int, options: DisplayOptions) -> String? { nil }

    /// A typed model's fit can fail for many reasons; the page's warning says what it can.
    var noFitReason: String? { nil }

    var parameterNames: [String] { model.parameterNames }

    /// - Precondition: a model of one or two parameters, a start for each, and a non-empty sample.
    init(model: FormulaModel, sample: [Double], start: [Double]) {
        let names = model.parameterNames
        let fit = try? FormulaFit.fit(model, sample: sample, start: Dictionary(uniqueKeysWithValues: zip(names, start)))
        self.init(model: model, sample: sample, start: start, fit: fit)
    }

    /// With the fit from `start` already made (nil: there is none), as the model page's joint fit.
    init(model: FormulaModel, sample: [Double], start: [Double], fit: FitResult?) {
        let names = model.parameterNames
        precondition((1...2).contains(names.count) && start.count == names.count, "one start per parameter, 1 or 2")
        self.model = model
        self.sample = sample
        self.start = start
        problem = AnyLikelihoodProblem(model.likelihood(on: sample))
        self.fit = fit
    }

    /// A slider for parameter `index` over θ̂ ± 5 standard errors (or ± half of θ̂), widened to
    /// include the start and trimmed to where ℓ is defined (the other parameter at its estimate),
    /// starting at the learner's start.
    func slider(_ index: Int = 0) -> ParameterSlider {
        let centre = estimate(index)?.value ?? start[index]
        let error = estimate(index)?.standardError ?? .nan
        var spread = error.isFinite && error > 0 ? 5 * error : max(abs(centre) / 2, 0.5)
        spread = max(spread, 1.2 * abs(start[index] - centre))
        var lower = centre - spread
        var upper = centre + spread
        let other = dimension == 2 ? estimate(1 - index)?.value ?? start[1 - index] : nil
        lower = trimmed(lower, towards: centre, index: index, other: other)
        upper = trimmed(upper, towards: centre, index: index, other: other)
        if !(lower < upper) { (lower, upper) = (centre - 1, centre + 1) }
        let step = ParameterRange.niceStep(for: upper - lower)
        // Inwards onto the step's grid, so the axis gets round ticks and the ends stay defined.
        let (gridLower, gridUpper) = ((lower / step).rounded(.up) * step, (upper / step).rounded(.down) * step)
        if gridLower < gridUpper { (lower, upper) = (gridLower, gridUpper) }
        let value = min(max((start[index] / step).rounded() * step, lower), upper)
        return ParameterSlider(value: value, step: step, range: lower...upper)
    }

    /// `end`, moved towards `centre` by bisection until ℓ is defined there, with the other
    /// parameter (of a two-parameter model) at `other`.
    private func trimmed(_ end: Double, towards centre: Double, index: Int, other: Double?) -> Double {
        func defined(_ value: Double) -> Bool {
            guard let other else { return problem.isInDomain(Theta(value)) }
            return problem.isInDomain(index == 0 ? Theta(value, other) : Theta(other, value))
        }
        var outside = end
        guard !defined(outside) else { return outside }
        var inside = centre
        guard defined(inside) else { return end }
        for _ in 0..<60 {
            let middle = 0.5 * (inside + outside)
            if defined(middle) { inside = middle } else { outside = middle }
        }
        return inside
    }
}
