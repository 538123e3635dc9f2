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
    public func otherMaximum(at value: Double) -> Double { innerMaximum(at: value, from: otherStart).other }

    /// The inner maximum with this parameter at `value`, by the problem's formula where it has
    /// one, otherwise by Newton from `start` (from `otherStart` where `start` is outside the
    /// domain): the other parameter, ℓ there (Newton's last iterate's, so ℓp costs no extra pass
    /// over the data), and whether it is a maximum Newton vouches for. A caller walking out along
    /// the profile passes the nearest maximum it has found, so each point costs a step or two.
    public func innerMaximum(at value: Double, from start: Double) -> (
        other: Double, logLikelihood: Double, converged: Bool
    ) {
        if let formula = full.maximizingOther(index: index, at: value) {
            return (formula, full.logLikelihood(point(value, formula)), true)
        }
        let inner = full.fixing(full.parameterNames[index], to: value)
        let begin = inner.isInDomain(Theta(start)) ? start : otherStart
        guard inner.isInDomain(Theta(begin)) else {
            return (otherStart, full.logLikelihood(point(value, otherStart)), false)
        }
        var newton = NewtonRaphson(problem: inner, start: Theta(begin), rule: NumericalFit.rule)
        let last = newton.run()
        return (last.theta[0], last.logLikelihood, newton.diagnosis.isConverged)
    }

    /// ℓp(θᵢ).
    public func logLikelihood(_ theta: Theta) -> Double {
        innerMaximum(at: theta[0], from: otherStart).logLikelihood
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
