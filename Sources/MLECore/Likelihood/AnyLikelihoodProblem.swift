/// Any likelihood problem behind one concrete type, so a page can hold "the problem for this
/// dataset" whatever its family and run `NewtonRaphson<AnyLikelihoodProblem>` or
/// `GradientAscent<AnyLikelihoodProblem>` on it.
///
/// - Complexity: each requirement forwards to the wrapped problem: O(1) plus one dynamic call.
public struct AnyLikelihoodProblem: LikelihoodProblem {
    /// The wrapped problem.
    public let base: any LikelihoodProblem

    /// Wraps `base`.
    public init(_ base: any LikelihoodProblem) {
        self.base = (base as? AnyLikelihoodProblem)?.base ?? base
    }

    /// The wrapped problem's free parameter names.
    public var parameterNames: [String] { base.parameterNames }
    /// The wrapped problem's dimension.
    public var dimension: Int { base.dimension }
    /// The wrapped problem's n.
    public var sampleSize: Int { base.sampleSize }
    /// The wrapped problem's domain test.
    public func isInDomain(_ theta: Theta) -> Bool { base.isInDomain(theta) }
    /// The wrapped problem's ℓ(θ).
    public func logLikelihood(_ theta: Theta) -> Double { base.logLikelihood(theta) }
    /// The wrapped problem's score.
    public func score(_ theta: Theta) -> Theta { base.score(theta) }
    /// The wrapped problem's Hessian.
    public func hessian(_ theta: Theta) -> Hessian { base.hessian(theta) }
    /// The wrapped problem's ℓ, score and Hessian together.
    public func terms(_ theta: Theta) -> LikelihoodTerms { base.terms(theta) }
    /// The wrapped problem's formula for a profile's inner maximum.
    public func maximizingOther(index: Int, at value: Double) -> Double? {
        base.maximizingOther(index: index, at: value)
    }
}

extension SampleSummary {
    /// The log-likelihood of these data in the family's free parameters, with the parameters in
    /// `fixed` held at their values: what the explorer plots and the optimizers climb.
    ///
    /// The family's description builds it (Normal → (mu, sigma), Poisson → lambda, …); fixing one
    /// of a pair leaves the other.
    ///
    /// - Precondition: the summary is not empty; the fixed parameters belong to the family and
    ///   leave one free (a family with three parameters says in its description which it can leave free).
    public func likelihood(fixing fixed: [String: Double] = [:]) -> AnyLikelihoodProblem {
        precondition(
            fixed.count < family.parameterNames.count && fixed.keys.allSatisfy(family.parameterNames.contains),
            "leave at least one of \(family.parameterNames), got \(fixed.keys.sorted())")
        return family.model.likelihood(self, fixing: fixed)
    }
}
