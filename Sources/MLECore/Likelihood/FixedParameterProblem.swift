/// A two-parameter likelihood with one parameter held at a known value: ℓ(θ) = ℓ_full(θ, fixed).
///
/// Normal μ with σ known, Gamma α with β known, and so on. The score and Hessian are the full
/// ones' entries for the free parameter.
public struct FixedParameterProblem<Full: LikelihoodProblem>: LikelihoodProblem {
    /// The two-parameter problem.
    public let full: Full
    /// The held parameter's name.
    public let fixedName: String
    /// The value it is held at.
    public let fixedValue: Double
    private let fixedIndex: Int

    /// - Precondition: `full` has two parameters and `name` is one of them.
    public init(_ full: Full, fixing name: String, to value: Double) {
        precondition(full.dimension == 2, "only a two-parameter problem can hold one parameter fixed")
        guard let index = full.parameterNames.firstIndex(of: name) else {
            preconditionFailure("'\(name)' is not a parameter of this problem: \(full.parameterNames)")
        }
        self.full = full
        fixedName = name
        fixedValue = value
        fixedIndex = index
    }

    /// The one free parameter's name.
    public var parameterNames: [String] { [full.parameterNames[1 - fixedIndex]] }

    /// 1.
    public var dimension: Int { 1 }

    /// The full problem's n.
    public var sampleSize: Int { full.sampleSize }

    /// The full θ with the fixed value put back in its place.
    public func fullTheta(_ theta: Theta) -> Theta {
        fixedIndex == 0 ? Theta(fixedValue, theta[0]) : Theta(theta[0], fixedValue)
    }

    /// Whether (θ, fixed) is in the full domain.
    public func isInDomain(_ theta: Theta) -> Bool { full.isInDomain(fullTheta(theta)) }

    /// ℓ(θ, fixed).
    public func logLikelihood(_ theta: Theta) -> Double { full.logLikelihood(fullTheta(theta)) }

    /// ∂ℓ/∂θ at (θ, fixed).
    public func score(_ theta: Theta) -> Theta { Theta(full.score(fullTheta(theta))[1 - fixedIndex]) }

    /// ∂²ℓ/∂θ² at (θ, fixed).
    public func hessian(_ theta: Theta) -> Hessian {
        let free = 1 - fixedIndex
        return Hessian(full.hessian(fullTheta(theta))[free, free])
    }

    /// The full problem's terms at (θ, fixed), the free parameter's entries taken.
    public func terms(_ theta: Theta) -> LikelihoodTerms {
        let free = 1 - fixedIndex
        let terms = full.terms(fullTheta(theta))
        return LikelihoodTerms(
            logLikelihood: terms.logLikelihood, score: Theta(terms.score[free]),
            hessian: Hessian(terms.hessian[free, free]))
    }
}
