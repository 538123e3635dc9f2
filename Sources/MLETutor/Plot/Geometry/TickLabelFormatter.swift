/// Formats tick labels from exact integers, never through the locale or `String(format:)`.
///
/// A tick's value is `units × 10^exponent` with integer `units`, so a label is digits with a
/// decimal point put in the right place: no rounding, no drift, and never "-0" (zero has no sign).
enum TickLabelFormatter {
    /// Labels for ticks that share one exponent (the ticks of one linear axis). Plain decimals
    /// while they stay short; otherwise one common power of ten for all, as in "1.5e7".
    static func labels(units: [Int64], exponent: Int) -> [String] {
        let widest = units.map { digitCount($0.magnitude) }.max() ?? 1
        let integerDigits = widest + exponent
        if exponent >= 0 && integerDigits <= 7 {
            let zeros = String(repeating: "0", count: exponent)
            return units.map { $0 == 0 ? "0" : String($0) + zeros }
        }
        if exponent < 0 && exponent >= -6 && integerDigits <= 7 {
            return units.map { decimal($0, decimals: -exponent) }
        }
        let commonExponent = exponent + widest - 1
        let decimals = commonExponent - exponent
        // Zero needs no power of ten: "0", not "0e-7".
        return units.map { $0 == 0 ? "0" : decimal($0, decimals: decimals) + "e" + String(commonExponent) }
    }

    /// The label of one value `units × 10^exponent` (the ticks of a log axis, which have
    /// different exponents): plain from 0.0001 to 100000, else "2e-7" or "5e6".
    static func label(units: Int64, exponent: Int) -> String {
        let integerDigits = digitCount(units.magnitude) + exponent
        if exponent >= 0 && integerDigits <= 6 {
            return labels(units: [units], exponent: exponent)[0]
        }
        if exponent < 0 && exponent >= -4 {
            return NumberText.trimmingZeros(decimal(units, decimals: -exponent))
        }
        let commonExponent = exponent + digitCount(units.magnitude) - 1
        let coefficient = NumberText.trimmingZeros(decimal(units, decimals: commonExponent - exponent))
        return coefficient + "e" + String(commonExponent)
    }

    /// `units / 10^decimals` written out with exactly `decimals` digits after the point.
    static func decimal(_ units: Int64, decimals: Int) -> String {
        let decimals = max(0, decimals)
        var digits = digitCount(units.magnitude)
        // Leading zeros so that there is a digit before the point: 5 with 2 decimals is 0.05.
        digits = max(digits, decimals + 1)
        let length = digits + (decimals > 0 ? 1 : 0) + (units < 0 ? 1 : 0)
        // Digits written straight into the string's storage: labels are made for every tick
        // candidate on every redraw.
        return String(unsafeUninitializedCapacity: length) { bytes in
            var rest = units.magnitude
            var position = length - 1
            for written in 0..<digits {
                if decimals > 0 && written == decimals {
                    bytes[position] = UInt8(ascii: ".")
                    position -= 1
                }
                bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                position -= 1
            }
            if units < 0 { bytes[0] = UInt8(ascii: "-") }
            return length
        }
    }

    private static func digitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        return count
    }
}
