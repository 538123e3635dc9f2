/// A symmetric 1×1 or 2×2 matrix: the Hessian ∂²ℓ/∂θᵢ∂θⱼ of a log-likelihood, or its negative, the
/// observed information.
public struct Hessian: Sendable, Hashable {
    /// 1 or 2.
    public let dimension: Int
    /// ∂²ℓ/∂θ₁².
    public let h11: Double
    /// ∂²ℓ/∂θ₁∂θ₂ (0 in one dimension).
    public let h12: Double
    /// ∂²ℓ/∂θ₂² (0 in one dimension).
    public let h22: Double

    /// The 1×1 matrix [h11].
    public init(_ h11: Double) {
        dimension = 1
        self.h11 = h11
        h12 = 0
        h22 = 0
    }

    /// The 2×2 symmetric matrix [[h11, h12], [h12, h22]].
    public init(_ h11: Double, _ h12: Double, _ h22: Double) {
        dimension = 2
        self.h11 = h11
        self.h12 = h12
        self.h22 = h22
    }

    /// Entry (i, j), 0-based.
    public subscript(i: Int, j: Int) -> Double {
        precondition(i >= 0 && i < dimension && j >= 0 && j < dimension, "Hessian index (\(i), \(j)) out of range")
        switch (i, j) {
        case (0, 0): return h11
        case (1, 1): return h22
        default: return h12
        }
    }

    /// det H: h11 in one dimension, h11·h22 − h12² in two.
    public var determinant: Double { dimension == 1 ? h11 : h11 * h22 - h12 * h12 }

    /// Whether H is negative definite, i.e. ℓ curves down in every direction (a local maximum when
    /// the score is zero): h11 < 0 and det H > 0 in two dimensions.
    public var isNegativeDefinite: Bool {
        dimension == 1 ? h11 < 0 : h11 < 0 && determinant > 0
    }

    /// Whether every entry is finite.
    public var isFinite: Bool { h11.isFinite && h12.isFinite && h22.isFinite }

    /// −H.
    public var negated: Hessian {
        dimension == 1 ? Hessian(-h11) : Hessian(-h11, -h12, -h22)
    }

    /// H⁻¹, or nil when H is singular or not finite.
    public var inverse: Hessian? {
        let det = determinant
        guard det != 0, det.isFinite, isFinite else { return nil }
        if dimension == 1 { return Hessian(1 / h11) }
        return Hessian(h22 / det, -h12 / det, h11 / det)
    }

    /// H⁻¹v, or nil when H is singular.
    public func solve(_ v: Theta) -> Theta? {
        precondition(v.dimension == dimension, "dimensions differ: H is \(dimension), v is \(v.dimension)")
        guard let inv = inverse else { return nil }
        if dimension == 1 { return Theta(inv.h11 * v[0]) }
        return Theta(inv.h11 * v[0] + inv.h12 * v[1], inv.h12 * v[0] + inv.h22 * v[1])
    }
}
