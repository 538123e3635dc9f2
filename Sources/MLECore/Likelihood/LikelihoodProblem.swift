/// A log-likelihood ℓ(θ) over one or two free parameters, with its score and Hessian: what the
/// explorer plots and what the optimizers climb.
///
/// Conforming types hold a dataset's sufficient statistics, so every requirement costs O(1)
/// whatever the sample size.
public protocol LikelihoodProblem: Sendable {
    /// The free parameters' names, as in the course (`mu`, `sigma`, `p`, `lambda`, `alpha`, `beta`).
    var parameterNames: [String] { get }

    /// The number of free parameters, 1 or 2.
    var dimension: Int { get }

    /// n, the number of observations behind the likelihood.
    var sampleSize: Int { get }

    /// Whether θ is inside the open parameter space (σ > 0, 0 < p < 1, λ > 0, α > 0, β > 0).
    func isInDomain(_ theta: Theta) -> Bool

    /// ℓ(θ) = Σᵢ log f(xᵢ | θ).
    func logLikelihood(_ theta: Theta) -> Double

    /// The score ∇ℓ(θ); zero at an interior maximum.
    func score(_ theta: Theta) -> Theta

    /// The Hessian ∇²ℓ(θ); its negative is the observed information.
    func hessian(_ theta: Theta) -> Hessian

    /// In a two-parameter problem, the other parameter that maximises ℓ with parameter `index`
    /// held at `value`, when a formula gives it (nil: profiles maximise numerically).
    func maximizingOther(index: Int, at value: Double) -> Double?

    /// ℓ, the score and the Hessian at θ together, as an optimizer's iterate needs them. A problem
    /// that keeps its values computes all three in one pass over them instead of three.
    func terms(_ theta: Theta) -> LikelihoodTerms
}

/// ℓ(θ), the score and the Hessian at one θ.
public struct LikelihoodTerms: Sendable, Hashable {
    /// ℓ(θ).
    public let logLikelihood: Double
    /// ∇ℓ(θ).
    public let score: Theta
    /// ∇²ℓ(θ).
    public let hessian: Hessian

    /// The three, as computed.
    public init(logLikelihood: Double, score: Theta, hessian: Hessian) {
        self.logLikelihood = logLikelihood
        self.score = score
        self.hessian = hessian
    }
}

extension LikelihoodProblem {
    /// No formula.
    public func maximizingOther(index: Int, at value: Double) -> Double? { nil }

    /// The three requirements, one after the other.
    public func terms(_ theta: Theta) -> LikelihoodTerms {
        LikelihoodTerms(logLikelihood: logLikelihood(theta), score: score(theta), hessian: hessian(theta))
    }

    /// The observed information J(θ) = −∇²ℓ(θ).
    public func observedInformation(_ theta: Theta) -> Hessian { hessian(theta).negated }

    /// The same problem with the parameter `name` held at `value`, leaving a one-parameter problem.
    ///
    /// - Precondition: this is a two-parameter problem and `name` is one of its parameters.
    public func fixing(_ name: String, to value: Double) -> FixedParameterProblem<Self> {
        FixedParameterProblem(self, fixing: name, to: value)
    }
}
