/// One free parameter's estimate.
public struct ParameterEstimate: Sendable, Hashable {
    /// The name, as in the course.
    public let name: String
    /// θ̂.
    public let value: Double
    /// √[(J(θ̂)⁻¹)ᵢᵢ], from the inverse observed information; 0 at a boundary estimate.
    public let standardError: Double
    /// θ̂ ± 1.96·SE.
    public let waldInterval: ConfidenceInterval
    /// {θ : ℓ(θ) ≥ ℓ̂ − 1.92}, for a fit with one free parameter.
    public let likelihoodRatioInterval: ConfidenceInterval?
}

/// A parameter held at a known value during a fit.
public struct FixedParameter: Sendable, Hashable {
    /// The name, as in the course.
    public let name: String
    /// The value it was held at.
    public let value: Double

    /// `name` held at `value`.
    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}
