import MLECore

/// What the curve, the optimizer page and the default slider need of a likelihood: the problem to
/// evaluate and climb, the fit if there is one, and the parameters' names. A family's data
/// (`LikelihoodModel`) and a typed model (`ModelLikelihood`) both provide it, so the optimizer's
/// animation serves both without a copy.
protocol LikelihoodSource: Sendable {
    var problem: AnyLikelihoodProblem { get }
    var fit: FitResult? { get }
    var parameterNames: [String] { get }
    /// The domain of free parameter `index`, for the slider's range.
    func domain(_ index: Int) -> ParameterDomain
    /// One line naming the data under a page's prompt, or nil where the page around says it.
    func dataStrip(width: Int, options: DisplayOptions) -> String?
    /// Why the data have no maximum likelihood estimate, in words, or nil when they have one.
    var noFitReason: String? { get }
}

extension LikelihoodSource {
    var dimension: Int { problem.dimension }

    /// θ̂ of the free parameter `index`, with its standard error.
    func estimate(_ index: Int) -> ParameterEstimate? {
        guard let fit, index < fit.estimates.count else { return nil }
        return fit.estimates[index]
    }
}

extension LikelihoodModel: LikelihoodSource {
    func dataStrip(width: Int, options: DisplayOptions) -> String? {
        DataStrip.text(self, width: width, options: options)
    }
}
