/// When an optimizer stops, and how it recognises trouble.
public struct StoppingRule: Sendable, Hashable {
    /// Converged when the peak the score and Hessian predict, −H⁻¹∇ℓ away, is within
    /// `scoreTolerance`·(|θᵢ| + 10⁻¹⁰) of θ in every component: the score is zero to that precision
    /// whatever the sample size or the parameter's units.
    public var scoreTolerance: Double
    /// Converged when a Newton step has |Δθᵢ| ≤ `stepTolerance`·|θᵢ| for every i (or Δθ = 0).
    /// Not applied to gradient steps, whose size says as much about η as about the peak.
    public var stepTolerance: Double
    /// Converged when a step no smaller than the one before is still below
    /// `shrinkingWindow`·|θ|: only rounding is left. Zero turns the criterion off.
    public var shrinkingWindow: Double
    /// Gives up after this many steps.
    public var maxIterations: Int

    /// - Precondition: tolerances ≥ 0 and `maxIterations` ≥ 1.
    public init(
        scoreTolerance: Double = 1e-13, stepTolerance: Double = 1e-14, shrinkingWindow: Double = 1e-7,
        maxIterations: Int = 100
    ) {
        precondition(scoreTolerance >= 0 && stepTolerance >= 0 && shrinkingWindow >= 0, "tolerances must be ≥ 0")
        precondition(maxIterations >= 1, "maxIterations must be ≥ 1, got \(maxIterations)")
        self.scoreTolerance = scoreTolerance
        self.stepTolerance = stepTolerance
        self.shrinkingWindow = shrinkingWindow
        self.maxIterations = maxIterations
    }
}
