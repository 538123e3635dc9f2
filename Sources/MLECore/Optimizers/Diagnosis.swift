/// Where an optimizer stands, in plain words.
public enum Diagnosis: Sendable, Hashable, CustomStringConvertible {
    /// Still going.
    case running
    /// Stopped at a maximum, by the named criterion.
    case converged(ConvergenceCriterion)
    /// ℓ keeps falling while the steps grow: the learning rate is too large or the start too far.
    case diverging
    /// The steps keep reversing without shrinking (by less than 2% a step, or to less than half
    /// over twenty reversals): θ bounces across the maximum.
    case oscillating
    /// A step would leave the parameter space (e.g. σ ≤ 0), and no safeguard was on.
    case leftDomain
    /// ℓ, the score or the Hessian is NaN or infinite at the new point.
    case nonFinite
    /// The iteration limit was reached before any other criterion held.
    case iterationLimit(Int)
    /// The score is zero but the information matrix −H is singular there: ℓ is flat along some
    /// direction at the top, so a whole line of θ fits equally well and the data cannot tell
    /// the parameters apart.
    case notIdentifiable
    /// An unsafeguarded Newton step, taken where ℓ does not curve down (ℓ″ ≥ 0, or H not negative
    /// definite), lowered ℓ: the parabola's vertex it jumped to is a low point, not a peak.
    case headingForMinimum

    /// Whether the optimizer has stopped.
    public var isFinished: Bool { self != .running }

    /// Whether it stopped at a maximum.
    public var isConverged: Bool {
        if case .converged = self { return true }
        return false
    }

    /// One sentence for the learner.
    public var description: String {
        switch self {
        case .running: return "running"
        case .converged(let criterion): return "converged: \(criterion)"
        case .diverging: return "diverging: the log-likelihood keeps falling while the steps grow"
        case .oscillating: return "oscillating: the steps keep jumping back and forth across the peak without shrinking"
        case .leftDomain: return "left the domain: the next step would put a parameter outside its allowed range"
        case .nonFinite: return "non-finite: the log-likelihood or its derivatives became NaN or infinite"
        case .iterationLimit(let limit): return "did not converge after \(limit) iterations"
        case .notIdentifiable: return "not identifiable: the information matrix is singular"
        case .headingForMinimum:
            return "heading for a minimum: ℓ curves up where Newton stood, so it stepped downhill"
        }
    }
}

/// Why an optimizer decided it had reached the maximum.
public enum ConvergenceCriterion: Sendable, Hashable, CustomStringConvertible {
    /// The score is zero to within the tolerance.
    case scoreVanished
    /// The last step changed θ by less than the tolerance, relative to θ.
    case stepNegligible
    /// Newton's step stopped shrinking: θ is as close to the root as rounding allows.
    case stepStoppedShrinking
    /// No step along the score, however short, increases ℓ.
    case noUphillStep

    /// A phrase completing "converged: …".
    public var description: String {
        switch self {
        case .scoreVanished: return "the score is zero to within tolerance"
        case .stepNegligible: return "the last step was negligible relative to θ"
        case .stepStoppedShrinking: return "the Newton steps stopped shrinking, so θ is as exact as rounding allows"
        case .noUphillStep: return "no step along the score increases the log-likelihood"
        }
    }
}
