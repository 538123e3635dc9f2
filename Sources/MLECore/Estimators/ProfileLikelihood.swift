import Synchronization

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
    /// The inner maxima found so far, shared by copies: each new one starts from the one found
    /// nearest, so walking out to an interval's end costs a step or two of Newton per point.
    private let solved = SolvedPoints()

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
    public func otherMaximum(at value: Double) -> Double { innerMaximum(at: value).other }

    /// The inner maximum and, when Newton found it, ℓ there (its last iterate's, so ℓp costs no
    /// extra pass over the data).
    private func innerMaximum(at value: Double) -> (other: Double, logLikelihood: Double?) {
        if let formula = full.maximizingOther(index: index, at: value) { return (formula, nil) }
        let inner = full.fixing(full.parameterNames[index], to: value)
        let start = solved.nearest(to: value).flatMap { inner.isInDomain(Theta($0)) ? $0 : nil } ?? otherStart
        guard inner.isInDomain(Theta(start)) else { return (otherStart, nil) }
        var newton = NewtonRaphson(problem: inner, start: Theta(start), rule: NumericalFit.rule)
        let last = newton.run()
        if newton.diagnosis.isConverged { solved.add(value, last.theta[0]) }
        return (last.theta[0], last.logLikelihood)
    }

    /// ℓp(θᵢ).
    public func logLikelihood(_ theta: Theta) -> Double {
        let inner = innerMaximum(at: theta[0])
        return inner.logLikelihood ?? full.logLikelihood(point(theta[0], inner.other))
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

/// The (held value, inner maximum) pairs a profile has found, behind a lock so that a profile
/// stays a value type that can be shared.
final class SolvedPoints: Sendable {
    private let points = Mutex<[(value: Double, other: Double)]>([])

    func add(_ value: Double, _ other: Double) {
        points.withLock { $0.append((value, other)) }
    }

    /// The inner maximum found at the held value nearest `value`, if any.
    func nearest(to value: Double) -> Double? {
        points.withLock { points in points.min { abs($0.value - value) < abs($1.value - value) }?.other }
    }
}
