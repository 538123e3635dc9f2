/// One point of an optimizer's path: θ with everything the tutor shows about it.
public struct Iterate: Sendable, Hashable {
    /// 0 for the starting point, then 1, 2, …
    public let number: Int
    /// θ at this point.
    public let theta: Theta
    /// ℓ(θ).
    public let logLikelihood: Double
    /// The score ∇ℓ(θ).
    public let score: Theta
    /// The Hessian ∇²ℓ(θ).
    public let hessian: Hessian
    /// The move that led here from the previous point (zero at the start).
    public let step: Theta
    /// What a safeguard changed about the step, if anything.
    public let adjustment: StepAdjustment?

    /// Evaluates `problem` at `theta`.
    public init(
        _ problem: some LikelihoodProblem, at theta: Theta, number: Int = 0, step: Theta? = nil,
        adjustment: StepAdjustment? = nil
    ) {
        self.init(problem.terms(theta), at: theta, number: number, step: step, adjustment: adjustment)
    }

    /// The point θ whose ℓ, score and Hessian are `terms`, already evaluated.
    public init(
        _ terms: LikelihoodTerms, at theta: Theta, number: Int = 0, step: Theta? = nil,
        adjustment: StepAdjustment? = nil
    ) {
        self.number = number
        self.theta = theta
        logLikelihood = terms.logLikelihood
        score = terms.score
        hessian = terms.hessian
        self.step = step ?? .zero(dimension: theta.dimension)
        self.adjustment = adjustment
    }

    /// Whether ℓ, the score and the Hessian are all finite.
    public var isFinite: Bool { logLikelihood.isFinite && score.isFinite && hessian.isFinite }
}

/// How a safeguard changed a step, in words the tutor can show beside the animation.
public enum StepAdjustment: Sendable, Hashable, CustomStringConvertible {
    /// Newton's step was replaced by a step along the score, because ℓ does not curve down here.
    case curvatureNotNegative
    /// The step was halved `times` times to stay inside the parameter space.
    case halvedToStayInDomain(times: Int)
    /// The step was halved `times` times until ℓ went up.
    case halvedToIncreaseLikelihood(times: Int)

    /// A short sentence.
    public var description: String {
        switch self {
        case .curvatureNotNegative:
            return "ℓ does not curve down here, so Newton's step was replaced by a step along the score"
        case .halvedToStayInDomain(let times):
            return "the step was halved \(times) time\(times == 1 ? "" : "s") to stay inside the parameter space"
        case .halvedToIncreaseLikelihood(let times):
            return "the step was halved \(times) time\(times == 1 ? "" : "s") until ℓ went up"
        }
    }
}
