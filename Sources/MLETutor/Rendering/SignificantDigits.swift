import Foundation

/// Writes numbers for people: a fixed count of significant digits, no locale, no `-0`.
enum SignificantDigits {
    /// `value` rounded to `digits` significant digits. Plain decimals from 1e-4 up to
    /// 10^digits, otherwise `1.234e-7`. Trailing zeros are kept (0.05740 says four digits are
    /// known) unless `trimmingZeros`, which writes 0.7 rather than 0.7000000.
    ///
    /// - Precondition: `digits` is from 1 to 15.
    static func format(_ value: Double, digits: Int, trimmingZeros: Bool = false) -> String {
        let text = formatKeepingZeros(value, digits: digits)
        return trimmingZeros ? NumberText.trimmingZeros(text) : text
    }

    private static func formatKeepingZeros(_ value: Double, digits: Int) -> String {
        precondition((1...15).contains(digits), "significant digits run from 1 to 15")
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        guard value != 0 else { return "0" }
        var exponent = Int(log10(value.magnitude).rounded(.down))
        var units = scaledUnits(value, exponent: exponent, digits: digits)
        if units.magnitude >= power(digits) {
            exponent += 1
            units = scaledUnits(value, exponent: exponent, digits: digits)
        } else if units.magnitude < power(digits - 1) {
            exponent -= 1
            units = scaledUnits(value, exponent: exponent, digits: digits)
        }
        let decimals = digits - 1 - exponent
        if exponent >= -4 && exponent < digits {
            return TickLabelFormatter.decimal(units, decimals: decimals)
        }
        return TickLabelFormatter.decimal(units, decimals: digits - 1) + "e" + String(exponent)
    }

    /// `value / 10^(exponent − digits + 1)` rounded to the nearest integer.
    private static func scaledUnits(_ value: Double, exponent: Int, digits: Int) -> Int64 {
        let shift = digits - 1 - exponent
        // In two factors: 10^shift alone overflows for values near the smallest doubles.
        let half = shift / 2
        let scaled = value * pow(10, Double(half)) * pow(10, Double(shift - half))
        return Int64(scaled.rounded(.toNearestOrEven))
    }

    private static func power(_ n: Int) -> UInt64 {
        (0..<n).reduce(1) { result, _ in result * 10 }
    }
}
