import RealModule

/// A function a formula may call, with its value and its first two derivatives, so evaluation can
/// carry exact derivatives through it.
public enum MathFunction: String, Sendable, Hashable, CaseIterable {
    case log, exp, sqrt, abs, lgamma, digamma, log1p, expm1, sin, cos, min, max
    /// ψ′, which the printed derivative of `digamma` needs; typed formulas may use it too.
    case trigamma
    /// The sign of a number (−1, 0 or 1): the printed derivative of `abs`.
    case sign

    /// The functions a learner is told about, in the order of the help text.
    public static let documented: [MathFunction] = [
        .log, .exp, .sqrt, .abs, .lgamma, .digamma, .log1p, .expm1, .sin, .cos, .min, .max,
    ]

    /// The name as typed.
    public var name: String { rawValue }

    /// How many arguments the function takes.
    public var arity: Int { self == .min || self == .max ? 2 : 1 }

    /// The function at a number; NaN outside its domain (log of a negative number, digamma at 0).
    public func value(_ arguments: [Double]) -> Double {
        switch self {
        case .min: return Swift.min(arguments[0], arguments[1])
        case .max: return Swift.max(arguments[0], arguments[1])
        default: return derivatives(at: arguments[0]).value
        }
    }

    /// The function at a jet, by the chain rule.
    public func value(_ arguments: [Jet]) -> Jet {
        switch self {
        case .min: return arguments[0].value <= arguments[1].value ? arguments[0] : arguments[1]
        case .max: return arguments[0].value >= arguments[1].value ? arguments[0] : arguments[1]
        default:
            let (value, slope, curvature) = derivatives(at: arguments[0].value)
            return arguments[0].composed(value, slope: slope, curvature: curvature)
        }
    }

    /// g(v), g′(v), g″(v) for a one-argument function.
    func derivatives(at v: Double) -> (value: Double, slope: Double, curvature: Double) {
        switch self {
        case .log: return (.log(v), 1 / v, -1 / (v * v))
        case .exp:
            let e = Double.exp(v)
            return (e, e, e)
        case .sqrt:
            let s = v.squareRoot()
            return (s, 0.5 / s, -0.25 / (s * v))
        case .abs: return (Swift.abs(v), signum(v), 0)
        case .sign: return (signum(v), 0, 0)
        case .lgamma: return (.logGamma(v), guardedPositive(v, MLECore.digamma), guardedPositive(v, MLECore.trigamma))
        case .digamma:
            return (guardedPositive(v, MLECore.digamma), guardedPositive(v, MLECore.trigamma), polygamma(order: 2, v))
        case .trigamma: return (guardedPositive(v, MLECore.trigamma), polygamma(order: 2, v), polygamma(order: 3, v))
        case .log1p: return (.log(onePlus: v), 1 / (1 + v), -1 / ((1 + v) * (1 + v)))
        case .expm1:
            let e = Double.exp(v)
            return (.expMinusOne(v), e, e)
        case .sin: return (.sin(v), .cos(v), -.sin(v))
        case .cos: return (.cos(v), -.sin(v), -.cos(v))
        case .min, .max: preconditionFailure("\(name) takes two arguments")
        }
    }
}

/// −1, 0 or 1 (NaN for NaN).
func signum(_ v: Double) -> Double {
    if v > 0 { return 1 }
    if v < 0 { return -1 }
    return v == 0 ? 0 : .nan
}

/// `f(v)` where digamma and trigamma are defined here (v > 0, finite), NaN elsewhere.
func guardedPositive(_ v: Double, _ f: (Double) -> Double) -> Double {
    v > 0 && v.isFinite ? f(v) : .nan
}
