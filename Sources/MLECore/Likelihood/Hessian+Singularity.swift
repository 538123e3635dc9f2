extension Hessian {
    /// How small |det H| may be, relative to the squared size of H's entries, before H counts as
    /// singular: rounding in an exactly singular 2 × 2 matrix leaves about 1e-16 of it.
    public static let singularityTolerance = 1e-10

    /// Whether H is singular to within rounding: ℓ does not curve at all along some direction.
    /// In one dimension, h₁₁ = 0; in two, |h₁₁h₂₂ − h₁₂²| ≤ 1e-10 · (h₁₁² + 2h₁₂² + h₂₂²).
    public var isSingular: Bool {
        guard dimension == 2 else { return h11 == 0 }
        let size = h11 * h11 + 2 * h12 * h12 + h22 * h22
        return abs(determinant) <= Self.singularityTolerance * size
    }

    /// The product Hv.
    ///
    /// - Precondition: v has H's dimension.
    public func times(_ v: Theta) -> Theta {
        precondition(v.dimension == dimension, "dimensions differ: H is \(dimension), v is \(v.dimension)")
        if dimension == 1 { return Theta(h11 * v[0]) }
        return Theta(h11 * v[0] + h12 * v[1], h12 * v[0] + h22 * v[1])
    }
}
