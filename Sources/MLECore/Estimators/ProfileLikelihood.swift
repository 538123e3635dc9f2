/// The profile log-likelihood of one parameter of a two-parameter problem,
/// ℓp(θᵢ) = max over θⱼ of ℓ(θᵢ, θⱼ): a one-parameter problem whose likelihood-ratio interval is
/// the profile-likelihood interval of θᵢ, {θᵢ : ℓp(θᵢ) ≥ ℓ̂ − 1.92}.
///
/// - Complexity: each evaluation runs a one-parameter Newton–Raphson (a handful of evaluations of
///   the full problem).
public struct ProfileLikelihood<Full: LikelihoodProblem>: LikelihoodProblem {
    /// The two-parameter problem.
    public let full: Full
    /// The parameter profiled (0 or 1).
    public let index: Int
    /// Where the inner maximisation starts: the other parameter's estimate.
    public let otherStart: Double

    /// The profile of parameter `index`, with the other's maximisation started at `otherStart`.
    public init(_ full: Full, index: Int, otherStart: Double) {
        precondition(full.dimension == 2 && (index == 0 || index == 1), "a profile needs a two-parameter problem")
        self.full = full
        self.index = index
        self.otherStart = otherStart
    }

    /// The profiled parameter's name.
    public var parameterNames: [String] { [full.parameterNames[index]] }
    /// 1.
    public var dimension: Int { 1 }
    /// n.
    public var sampleSize: Int { full.sampleSize }

    private func point(_ value: Double, _ other: Double) -> Theta {
        index == 0 ? Theta(value, other) : Theta(other, value)
    }

    /// Whether the value, with the other parameter at its start, is in the domain.
    public func isInDomain(_ theta: Theta) -> Bool { full.isInDomain(point(theta[0], otherStart)) }

    /// The other parameter maximising ℓ with this one at `value`.
    public func otherMaximum(at value: Double) -> Double {
        if let formula = full.maximizingOther(index: index, at: value) { return formula }
        let inner = full.fixing(full.parameterNames[index], to: value)
        guard inner.isInDomain(Theta(otherStart)) else { return otherStart }
        var newton = NewtonRaphson(problem: inner, start: Theta(otherStart), rule: NumericalFit.rule)
        return newton.run().theta[0]
    }

    /// ℓp(θᵢ).
    public func logLikelihood(_ theta: Theta) -> Double {
        full.logLikelihood(point(theta[0], otherMaximum(at: theta[0])))
    }

    /// The full score's entry for this parameter at the inner maximum (the envelope theorem).
    public func score(_ theta: Theta) -> Theta {
        Theta(full.score(point(theta[0], otherMaximum(at: theta[0])))[index])
    }

    /// The profile's curvature h_ii − h_ij²/h_jj at the inner maximum.
    public func hessian(_ theta: Theta) -> Hessian {
        let h = full.hessian(point(theta[0], otherMaximum(at: theta[0])))
        let (own, cross, other) = index == 0 ? (h.h11, h.h12, h.h22) : (h.h22, h.h12, h.h11)
        return Hessian(own - cross * cross / other)
    }
}
