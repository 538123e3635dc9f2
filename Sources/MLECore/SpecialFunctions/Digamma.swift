import RealModule

/// The digamma function ψ(x) = d/dx log Γ(x), for x > 0.
///
/// Accurate to a relative error of about 1e-15 on (0, ∞), including near its only positive root
/// x₀ ≈ 1.4616, where ψ changes sign and a naive evaluation loses every digit.
///
/// The method, by range:
/// - x ≥ 10: the asymptotic series ψ(x) = log x − 1/(2x) − Σₖ B₂ₖ / (2k x²ᵏ).
/// - |x − x₀| ≤ 1/2: the Taylor series about the root, ψ(x₀ + t) = Σₖ (−1)ᵏ⁺¹ ζ(k+1, x₀) tᵏ,
///   with t computed from x₀ held in two doubles, so the relative error stays small as ψ → 0.
/// - otherwise: the recurrence ψ(x + 1) = ψ(x) + 1/x moves x into one of those two ranges.
///   Moving down from above the window adds positive terms; moving up from below it adds terms of
///   the same sign as the result, so neither direction cancels badly.
///
/// - Precondition: `x > 0` and finite.
/// - Complexity: O(1): at most ten recurrence steps and one series of at most 36 terms.
public func digamma(_ x: Double) -> Double {
    precondition(x > 0 && x.isFinite, "digamma is defined here for finite x > 0, got \(x)")
    if x >= asymptoticThreshold { return digammaAsymptotic(x) }
    var y = x
    var shift = 0.0
    if y > DigammaRoot.windowUpper {
        while y > DigammaRoot.windowUpper {
            y -= 1
            shift += 1 / y
        }
        return DigammaRoot.series(y) + shift
    }
    while y < DigammaRoot.windowLower {
        shift -= 1 / y
        y += 1
    }
    return DigammaRoot.series(y) + shift
}

/// Recurrence and asymptotic series switch over here: at x ≥ 10 the series terms kept below are
/// smaller than 1e-17 of the result.
let asymptoticThreshold = 10.0

/// ψ(x) for x ≥ 10 by the asymptotic (Stirling) series, Bernoulli numbers up to B₁₈.
func digammaAsymptotic(_ x: Double) -> Double {
    .log(x) - 0.5 / x - digammaAsymptoticTail(x)
}

/// Σₖ B₂ₖ / (2k x²ᵏ) for k = 1…9: the part of log x − ψ(x) after 1/(2x).
func digammaAsymptoticTail(_ x: Double) -> Double {
    let w = 1 / (x * x)
    let series =
        1.0 / 12
        + w
        * (-1.0 / 120
            + w
            * (1.0 / 252
                + w
                * (-1.0 / 240
                    + w
                    * (1.0 / 132
                        + w
                        * (-691.0 / 32760
                            + w
                            * (1.0 / 12
                                + w
                                * (-3617.0 / 8160
                                    + w * (43867.0 / 14364))))))))
    return w * series
}

/// The root of ψ on (0, ∞) and ψ's Taylor series about it.
enum DigammaRoot {
    /// x₀ = 1.46163214496836234126… as high + low parts (mpmath, 60 digits: `findroot(digamma, 1.46)`).
    static let high = 1.4616321449683622
    static let low = 9.549995429965697e-17
    static let windowLower = high - 0.5
    static let windowUpper = high + 0.5

    /// cₖ = (−1)ᵏ⁺¹ ζ(k+1, x₀) for k = 1…36, made with mpmath at 60 digits:
    /// `[(-1)**(k+1) * zeta(k+1, x0) for k in range(1, 37)]`, rounded to double.
    /// At |t| = 1/2 the last term is below 1e-17.
    static let coefficients: [Double] = [
        0.9676722454476212, -0.4427631689835921, 0.258499760955651,
        -0.16394270544240652, 0.10782405069126237, -0.07219956125645471,
        0.04880428816414311, -0.03316112647484736, 0.022597648232218104,
        -0.01542476590494896, 0.010538791616612175, -0.007204534386356869,
        0.004926781395729853, -0.003369801655439328, 0.002305126326734928,
        -0.0015769367714301972, 0.0010788252019162967, -0.0007380709389960052,
        0.000504953265834602, -0.0003454680251063077, 0.00023635601564027053,
        -0.00016170622091974803, 0.0001106337276874741, -7.569179582195066e-05,
        5.178575795222081e-05, -3.5430070947659604e-05, 2.424006611860132e-05,
        -1.6584242271854135e-05, 1.134638458466385e-05, -7.762817668462094e-06,
        5.3110609208898636e-06, -3.6336507898010456e-06, 2.486022733129538e-06,
        -1.7008538854332607e-06, 1.1636675363548843e-06, -7.96142543124197e-07,
    ]

    /// ψ(x) for x within 1/2 of the root, by Horner's rule on t = x − x₀.
    static func series(_ x: Double) -> Double {
        let t = (x - high) - low
        var sum = 0.0
        for c in coefficients.reversed() {
            sum = sum * t + c
        }
        return sum * t
    }
}
