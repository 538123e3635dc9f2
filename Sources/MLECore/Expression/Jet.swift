import RealModule

/// A second-order dual number in up to two parameters: a value with its exact gradient and Hessian,
/// carried through arithmetic by the chain rule (forward-mode automatic differentiation).
///
/// For f(θ₁, θ₂): `value` = f, `d0` = ∂f/∂θ₁, `d1` = ∂f/∂θ₂, `d00` = ∂²f/∂θ₁², `d01` = ∂²f/∂θ₁∂θ₂,
/// `d11` = ∂²f/∂θ₂². A one-parameter problem leaves `d1`, `d01` and `d11` at zero.
public struct Jet: Sendable, Hashable {
    /// f.
    public var value: Double
    /// ∂f/∂θ₁.
    public var d0: Double
    /// ∂f/∂θ₂.
    public var d1: Double
    /// ∂²f/∂θ₁².
    public var d00: Double
    /// ∂²f/∂θ₁∂θ₂.
    public var d01: Double
    /// ∂²f/∂θ₂².
    public var d11: Double

    /// A jet with every component given.
    @inlinable
    public init(value: Double, d0: Double, d1: Double, d00: Double, d01: Double, d11: Double) {
        self.value = value
        self.d0 = d0
        self.d1 = d1
        self.d00 = d00
        self.d01 = d01
        self.d11 = d11
    }

    /// A constant: every derivative zero.
    @inlinable
    public init(constant: Double) {
        self.init(value: constant, d0: 0, d1: 0, d00: 0, d01: 0, d11: 0)
    }

    /// The parameter θᵢ itself at `value`: ∂θᵢ/∂θᵢ = 1.
    ///
    /// - Precondition: `index` is 0 or 1.
    public static func parameter(_ index: Int, at value: Double) -> Jet {
        precondition(index == 0 || index == 1, "a jet carries two parameters, not \(index + 1)")
        return Jet(value: value, d0: index == 0 ? 1 : 0, d1: index == 1 ? 1 : 0, d00: 0, d01: 0, d11: 0)
    }

    /// Whether the value and every derivative are finite.
    public var isFinite: Bool {
        value.isFinite && d0.isFinite && d1.isFinite && d00.isFinite && d01.isFinite && d11.isFinite
    }

    /// g(f) for a function g with g(f) = `outer`, g′(f) = `slope`, g″(f) = `curvature`.
    @inlinable
    public func composed(_ outer: Double, slope: Double, curvature: Double) -> Jet {
        Jet(
            value: outer, d0: slope * d0, d1: slope * d1,
            d00: curvature * d0 * d0 + slope * d00,
            d01: curvature * d0 * d1 + slope * d01,
            d11: curvature * d1 * d1 + slope * d11)
    }

    /// f + g.
    @inlinable
    public static func + (f: Jet, g: Jet) -> Jet {
        Jet(
            value: f.value + g.value, d0: f.d0 + g.d0, d1: f.d1 + g.d1, d00: f.d00 + g.d00, d01: f.d01 + g.d01,
            d11: f.d11 + g.d11)
    }

    /// f − g.
    @inlinable
    public static func - (f: Jet, g: Jet) -> Jet {
        Jet(
            value: f.value - g.value, d0: f.d0 - g.d0, d1: f.d1 - g.d1, d00: f.d00 - g.d00, d01: f.d01 - g.d01,
            d11: f.d11 - g.d11)
    }

    /// −f.
    @inlinable
    public static prefix func - (f: Jet) -> Jet {
        Jet(value: -f.value, d0: -f.d0, d1: -f.d1, d00: -f.d00, d01: -f.d01, d11: -f.d11)
    }

    /// f·g, by the product rule (f g)″ = f″g + f′g′ᵀ + g′f′ᵀ + f g″.
    @inlinable
    public static func * (f: Jet, g: Jet) -> Jet {
        Jet(
            value: f.value * g.value,
            d0: f.d0 * g.value + f.value * g.d0,
            d1: f.d1 * g.value + f.value * g.d1,
            d00: f.d00 * g.value + 2 * f.d0 * g.d0 + f.value * g.d00,
            d01: f.d01 * g.value + f.d0 * g.d1 + f.d1 * g.d0 + f.value * g.d01,
            d11: f.d11 * g.value + 2 * f.d1 * g.d1 + f.value * g.d11)
    }

    /// c·f.
    @inlinable
    public static func * (c: Double, f: Jet) -> Jet {
        Jet(value: c * f.value, d0: c * f.d0, d1: c * f.d1, d00: c * f.d00, d01: c * f.d01, d11: c * f.d11)
    }

    /// f / g, as f · (1/g).
    @inlinable
    public static func / (f: Jet, g: Jet) -> Jet {
        let r = 1 / g.value
        return f * g.composed(r, slope: -r * r, curvature: 2 * r * r * r)
    }
}

extension Jet {
    /// Whether every derivative is zero: the jet of a number that does not depend on θ.
    @inlinable
    public var isConstant: Bool { d0 == 0 && d1 == 0 && d00 == 0 && d01 == 0 && d11 == 0 }

    /// fᵍ: by the power rule when g does not depend on θ (so a negative base with a whole-number
    /// exponent works, as in (x − μ)^2), otherwise as exp(g log f).
    public static func power(_ f: Jet, _ g: Jet) -> Jet {
        guard g.isConstant else { return MathFunction.exp.value([g * MathFunction.log.value([f])]) }
        let c = g.value
        if c == 0 { return Jet(constant: 1) }
        if c == 1 { return f }
        if c == 2 { return f * f }
        let v = f.value
        return f.composed(
            powerOf(v, c), slope: c * powerOf(v, c - 1), curvature: c * (c - 1) * powerOf(v, c - 2))
    }
}

/// vᶜ, exact for whole-number exponents of a negative base; NaN for a fractional power of one.
func powerOf(_ v: Double, _ c: Double) -> Double {
    if c == c.rounded() && abs(c) < 1_000_000 { return Double.pow(v, Int(c)) }
    return Double.pow(v, c)
}
