/// Numbers as the pages print them: locale-free, a fixed count of decimals or in scientific
/// notation, with a real minus sign and never `-0`. (`SignificantDigits` rounds to significant
/// digits instead.)
enum NumberText {
    /// `value` with `decimals` digits after the point; "∞", "−∞" or "NaN" when not finite.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        guard let text = plainDecimal(value, decimals: decimals) else { return scientific(value) }
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// `value` with `decimals` digits after the point and an ASCII minus, as a learner would
    /// type it back; nil when it is not finite or too large for whole-number rounding.
    static func plainDecimal(_ value: Double, decimals: Int) -> String? {
        let scaled = (value * AxisScale.power10(Double(decimals))).rounded()
        guard scaled.isFinite, abs(scaled) < 9e18 else { return nil }
        return TickLabelFormatter.decimal(Int64(scaled), decimals: decimals)
    }

    /// `text` with every hyphen-minus written as the real minus sign, in the sign and in the
    /// exponent alike (−1.5e−7), as the lessons' prose writes its numbers.
    static func withMinusSigns(_ text: String) -> String {
        text.replacing("-", with: "−")
    }

    /// `text` without trailing zeros after a decimal point, nor the point when nothing follows
    /// it (0.500 → 0.5, 2.0 → 2). Text in exponent form is returned unchanged.
    static func trimmingZeros(_ text: String) -> String {
        guard text.contains("."), !text.contains("e") else { return text }
        var trimmed = Substring(text)
        while trimmed.last == "0" { trimmed = trimmed.dropLast() }
        if trimmed.last == "." { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// `value` as m.mm·10^e (three significant digits): "4.94e−324", "1.00e−100"; plain for 0.
    static func scientific(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return value == 0 ? "0" : fixed(value, decimals: 0) }
        var exponent = Int(AxisScale.logarithm10(abs(value)).rounded(.down))
        let half = exponent / 2
        // Two divisions, since 10^exponent alone underflows to 0 below 10^−308.
        var mantissa = value / AxisScale.power10(Double(half)) / AxisScale.power10(Double(exponent - half))
        if abs(mantissa) >= 9.995 {
            exponent += 1
            mantissa /= 10
        }
        return fixed(mantissa, decimals: 2) + "e" + (exponent < 0 ? "−" : "") + String(abs(exponent))
    }
}
