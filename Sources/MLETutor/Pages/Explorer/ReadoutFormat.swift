import MLECore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the explorer pages write numbers and parameter names: locale-free, rounded to significant
/// digits from the shortest decimal form of the value, with a real minus sign.
enum ReadoutFormat {
    /// `x` to `digits` significant digits (at most 15), keeping trailing zeros (0.05740), with a
    /// real minus sign: `SignificantDigits` as the readouts write it.
    static func significant(_ x: Double, digits: Int = 4) -> String {
        withMinusSign(SignificantDigits.format(x, digits: min(digits, 15)))
    }

    /// `x` to at most `digits` significant digits, without trailing zeros: an estimate (0.7).
    static func compact(_ x: Double, digits: Int = 6) -> String {
        withMinusSign(SignificantDigits.format(x, digits: min(digits, 15), trimmingZeros: true))
    }

    private static func withMinusSign(_ text: String) -> String { NumberText.withMinusSigns(text) }

    /// L = e^ℓ to `digits` significant digits, computed from ℓ so that it never underflows to 0:
    /// e^−2302.6 is written 1.000e−1000.
    static func likelihood(fromLog logLikelihood: Double, digits: Int = 4) -> String {
        guard logLikelihood.isFinite else { return logLikelihood > 0 ? "∞" : "0" }
        if abs(logLikelihood) < 700 { return significant(exp(logLikelihood), digits: digits) }
        let power = logLikelihood / log(10)
        // Beyond 10^(10^15) the mantissa carries no digits and the exponent no longer fits an Int.
        guard abs(power) < 1e15 else { return "10^" + significant(power, digits: digits) }
        var exponent = power.rounded(.down)
        var mantissa = significant(pow(10, power - exponent), digits: digits)
        if mantissa.hasPrefix("10") {
            exponent += 1
            mantissa = significant(1, digits: digits)
        }
        if !mantissa.contains(".") && digits > 1 { mantissa += "." + String(repeating: "0", count: digits - 1) }
        return mantissa + "e" + withMinusSign(String(Int(exponent)))
    }

    /// A log-likelihood with at least `decimals` digits after the point however large it is: for
    /// a million observations ℓ is in the millions while the slider changes it in the decimals.
    static func logLikelihood(_ x: Double, decimals: Int = 3) -> String {
        guard x.isFinite, abs(x) >= 1 else { return significant(x, digits: decimals + 2) }
        let integerDigits = Int(log10(abs(x))) + 1
        return significant(x, digits: min(15, max(decimals + 2, integerDigits + decimals)))
    }

    /// A score or other slope: "0" when it is zero to rounding, else four significant digits.
    static func slope(_ x: Double, scale: Double) -> String {
        abs(x) <= 1e-9 * max(1, abs(scale)) ? "0" : significant(x, digits: 4)
    }

    /// The symbol of a parameter in the course's notation (μ, σ, p, λ, α, β), as the families'
    /// descriptions give it; the name itself for a name no family uses.
    static func symbol(_ name: String) -> String {
        FamilyRegistry.symbol(of: name) ?? name
    }
}
