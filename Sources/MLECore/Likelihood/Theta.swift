/// A parameter vector θ with one or two components: the free parameters of a likelihood problem.
///
/// A fixed-size value (no heap allocation), so the explorer and the optimizers can evaluate a
/// likelihood millions of times cheaply.
public struct Theta: Sendable, Hashable, CustomStringConvertible {
    /// 1 or 2.
    public let dimension: Int
    private var components: (Double, Double)

    /// A one-parameter θ.
    public init(_ value: Double) {
        dimension = 1
        components = (value, 0)
    }

    /// A two-parameter θ = (first, second).
    public init(_ first: Double, _ second: Double) {
        dimension = 2
        components = (first, second)
    }

    /// The all-zero θ of the given dimension.
    public static func zero(dimension: Int) -> Theta {
        precondition(dimension == 1 || dimension == 2, "θ has 1 or 2 components, not \(dimension)")
        return dimension == 1 ? Theta(0) : Theta(0, 0)
    }

    /// Component `index` (0-based).
    public subscript(index: Int) -> Double {
        get {
            precondition(index >= 0 && index < dimension, "θ index \(index) out of range for dimension \(dimension)")
            return index == 0 ? components.0 : components.1
        }
        set {
            precondition(index >= 0 && index < dimension, "θ index \(index) out of range for dimension \(dimension)")
            if index == 0 { components.0 = newValue } else { components.1 = newValue }
        }
    }

    /// The components as an array, in order.
    public var values: [Double] { dimension == 1 ? [components.0] : [components.0, components.1] }

    /// Whether every component is finite.
    public var isFinite: Bool { components.0.isFinite && components.1.isFinite }

    /// The Euclidean length √(Σ θᵢ²).
    public var length: Double { (components.0 * components.0 + components.1 * components.1).squareRoot() }

    /// The largest |θᵢ|.
    public var largestMagnitude: Double { max(abs(components.0), abs(components.1)) }

    /// Σ aᵢ bᵢ.
    public func dot(_ other: Theta) -> Double {
        precondition(dimension == other.dimension, "θ dimensions differ: \(dimension) and \(other.dimension)")
        return components.0 * other.components.0 + components.1 * other.components.1
    }

    /// Componentwise sum.
    public static func + (lhs: Theta, rhs: Theta) -> Theta {
        precondition(lhs.dimension == rhs.dimension, "θ dimensions differ: \(lhs.dimension) and \(rhs.dimension)")
        var result = lhs
        result.components = (lhs.components.0 + rhs.components.0, lhs.components.1 + rhs.components.1)
        return result
    }

    /// Componentwise difference.
    public static func - (lhs: Theta, rhs: Theta) -> Theta { lhs + (-1) * rhs }

    /// Scalar multiple.
    public static func * (scale: Double, theta: Theta) -> Theta {
        var result = theta
        result.components = (scale * theta.components.0, scale * theta.components.1)
        return result
    }

    /// Same dimension and the same components.
    public static func == (lhs: Theta, rhs: Theta) -> Bool {
        lhs.dimension == rhs.dimension && lhs.components == rhs.components
    }

    /// Hashes the dimension and components.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(dimension)
        hasher.combine(components.0)
        hasher.combine(components.1)
    }

    /// `(1.5)` or `(1.5, 2.0)`.
    public var description: String {
        "(" + values.map { "\($0)" }.joined(separator: ", ") + ")"
    }
}
