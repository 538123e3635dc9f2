extension Hessian {
    /// How close to 1 the squared correlation of H's two directions may come before H counts as
    /// singular: rounding in an exactly singular 2 × 2 matrix leaves about 1e-16 of it.
    public static let singularityTolerance = 1e-10

    /// Whether H is singular to within rounding: ℓ does not curve at all along some direction.
    /// In one dimension, h₁₁ = 0; in two, |h₁₁h₂₂ − h₁₂²| ≤ 1e-10 · (|h₁₁h₂₂| + h₁₂²).
    ///
    /// The test is the same in any units: rescaling θᵢ by cᵢ multiplies both sides by c₁²c₂², so
    /// a shape of 1000 beside a scale of 3 (entries near 1e-3 and 1e8) is not mistaken for a ridge.
    /// It is computed through r = h₁₂/√|h₁₁|/√|h₂₂|, so entries near the largest double do not overflow.
    public var isSingular: Bool {
        guard dimension == 2 else { return h11 == 0 }
        guard isFinite else { return false }
        let root11 = abs(h11).squareRoot()
        let root22 = abs(h22).squareRoot()
        // With a zero diagonal entry det H = −h₁₂², singular only when h₁₂ is zero too.
        guard root11 > 0 && root22 > 0 else { return h12 == 0 }
        let r = h12 / root11 / root22
        let squared = r * r
        guard squared.isFinite else { return false }
        let sign: Double = (h11 > 0) == (h22 > 0) ? 1 : -1
        return abs(sign - squared) <= Self.singularityTolerance * (1 + squared)
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
