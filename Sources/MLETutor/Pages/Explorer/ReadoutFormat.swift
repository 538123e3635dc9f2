#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the explorer pages write numbers and parameter names: locale-free, rounded to significant
/// digits from the shortest decimal form of the value, with a real minus sign.
enum ReadoutFormat {
    /// `x` to `digits` significant digits, keeping trailing zeros (0.05740); scientific
    /// (3.142e-18) when it would need more than three leading zeros or eight integer digits.
    static func significant(_ x: Double, digits: Int = 4) -> String {
        precondition(digits >= 1, "at least one significant digit")
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "−∞") }
        if x == 0 { return "0" }
        var (decimal, position) = decimalDigits(abs(x))
        var kept = Array(decimal.prefix(digits)) + Array(repeating: 0, count: max(0, digits - decimal.count))
        if decimal.count > digits && decimal[digits] >= 5 {
            var index = digits - 1
            while index >= 0 {
                if kept[index] < 9 {
                    kept[index] += 1
                    break
                }
                kept[index] = 0
                index -= 1
            }
            if index < 0 {
                kept = [1] + Array(repeating: 0, count: digits - 1)
                position += 1
            }
        }
        decimal = kept
        let text = decimal.map { String($0) }.joined()
        let sign = x < 0 ? "−" : ""
        if position > 8 || position < -3 {
            let mantissa = digits == 1 ? text : String(text.prefix(1)) + "." + text.dropFirst()
            return sign + mantissa + "e" + String(position - 1)
        }
        if position <= 0 { return sign + "0." + String(repeating: "0", count: -position) + text }
        if position >= digits { return sign + text + String(repeating: "0", count: position - digits) }
        return sign + text.prefix(position) + "." + text.dropFirst(position)
    }

    /// `x` to at most `digits` significant digits, without trailing zeros: an estimate (0.7).
    static func compact(_ x: Double, digits: Int = 6) -> String {
        let text = significant(x, digits: digits)
        guard text.contains("."), !text.contains("e") else { return text }
        var trimmed = Substring(text)
        while trimmed.last == "0" { trimmed = trimmed.dropLast() }
        if trimmed.last == "." { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// `x` with exactly `decimals` digits after the point: the slider's position.
    static func fixed(_ x: Double, decimals: Int) -> String {
        let scaled = (abs(x) * pow(10, Double(decimals))).rounded()
        let digits = String(Int64(scaled))
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let sign = x < 0 && scaled != 0 ? "−" : ""
        guard decimals > 0 else { return sign + padded }
        return sign + padded.dropLast(decimals) + "." + padded.suffix(decimals)
    }

    /// L = e^ℓ to `digits` significant digits, computed from ℓ so that it never underflows to 0:
    /// e^−2302.6 is written 1.000e-1000.
    static func likelihood(fromLog logLikelihood: Double, digits: Int = 4) -> String {
        guard logLikelihood.isFinite else { return logLikelihood > 0 ? "∞" : "0" }
        if abs(logLikelihood) < 700 { return significant(exp(logLikelihood), digits: digits) }
        let power = logLikelihood / log(10)
        var exponent = power.rounded(.down)
        var mantissa = significant(pow(10, power - exponent), digits: digits)
        if mantissa.hasPrefix("10") {
            exponent += 1
            mantissa = significant(1, digits: digits)
        }
        if !mantissa.contains(".") && digits > 1 { mantissa += "." + String(repeating: "0", count: digits - 1) }
        return mantissa + "e" + String(Int(exponent))
    }

    /// A log-likelihood with at least `decimals` digits after the point however large it is: for
    /// a million observations ℓ is in the millions while the slider changes it in the decimals.
    static func logLikelihood(_ x: Double, decimals: Int = 3) -> String {
        guard x.isFinite, abs(x) >= 1 else { return significant(x, digits: decimals + 2) }
        let integerDigits = Int(log10(abs(x))) + 1
        return significant(x, digits: min(17, max(decimals + 2, integerDigits + decimals)))
    }

    /// A score or other slope: "0" when it is zero to rounding, else four significant digits.
    static func slope(_ x: Double, scale: Double) -> String {
        abs(x) <= 1e-9 * max(1, abs(scale)) ? "0" : significant(x, digits: 4)
    }

    /// The symbol of a parameter in the course's notation: μ, σ, p, λ, α, β.
    static func symbol(_ name: String) -> String {
        switch name {
        case "mu": return "μ"
        case "sigma": return "σ"
        case "lambda": return "λ"
        case "alpha": return "α"
        case "beta": return "β"
        default: return name
        }
    }

    /// The significant decimal digits of a positive finite `x` and where the point goes:
    /// x = 0.d₁d₂… × 10^position. From Swift's shortest round-trip form, read byte by byte (the
    /// readout is redrawn on every key press).
    private static func decimalDigits(_ x: Double) -> (digits: [Int], position: Int) {
        var digits: [Int] = []
        digits.reserveCapacity(20)
        var integerDigits = 0
        var seenPoint = false
        var inExponent = false
        var exponent = 0
        var exponentSign = 1
        for byte in x.description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                if inExponent {
                    exponent = exponent * 10 + digit
                } else {
                    digits.append(digit)
                    if !seenPoint { integerDigits += 1 }
                }
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"): inExponent = true
            case UInt8(ascii: "-"): exponentSign = -1
            default: break
            }
        }
        var position = integerDigits + exponentSign * exponent
        let leadingZeros = digits.prefix { $0 == 0 }.count
        position -= leadingZeros
        digits.removeFirst(leadingZeros)
        while digits.last == 0 { digits.removeLast() }
        return (digits, position)
    }
}
