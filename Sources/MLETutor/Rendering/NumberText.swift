/// Numbers as the pages print them: locale-free, a fixed count of decimals or in scientific
/// notation, with a real minus sign and never `-0`. (`SignificantDigits` rounds to significant
/// digits instead.)
enum NumberText {
    /// `value` with `decimals` digits after the point; "∞", "−∞" or "NaN" when not finite.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        let scaled = (value * AxisScale.power10(Double(decimals))).rounded()
        guard abs(scaled) < 9e18 else { return scientific(value) }
        let text = TickLabelFormatter.decimal(Int64(scaled), decimals: decimals)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
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
