#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How data values are spaced along an axis.
///
/// Every computation inside a plot (ranges, clipping, rasterising) happens on transformed values,
/// so a straight segment in transformed space is what the learner sees as straight on screen.
enum AxisScale: Hashable, Sendable {
    /// Equal steps in the value are equal steps on screen.
    case linear
    /// Equal ratios are equal steps on screen (θ̂ against n); values ≤ 0 are not drawn.
    case log10

    /// The value in screen space: the value itself, or its base-10 logarithm (NaN for values ≤ 0,
    /// which every caller treats as "skip").
    @inline(__always)
    func transform(_ value: Double) -> Double {
        switch self {
        case .linear: return value
        case .log10: return value > 0 ? Self.logarithm10(value) : .nan
        }
    }

    /// The data value whose transform is `transformed`.
    @inline(__always)
    func inverse(_ transformed: Double) -> Double {
        switch self {
        case .linear: return transformed
        case .log10: return Self.power10(transformed)
        }
    }

    /// log₁₀ from the C library (the standard library has none).
    static func logarithm10(_ value: Double) -> Double {
        #if canImport(Glibc)
            Glibc.log10(value)
        #else
            Darwin.log10(value)
        #endif
    }

    /// 10^exponent from the C library.
    static func power10(_ exponent: Double) -> Double {
        pow(10, exponent)
    }
}
