/// Parses a decimal number from UTF-8 bytes, fast for the common case and exact in every case.
///
/// Fast path (Clinger, 1990): when the significant digits fit in a 53-bit integer m and the
/// decimal exponent e has |e| ≤ 22, both m and 10^|e| are exact doubles, so one correctly rounded
/// multiplication or division gives the correctly rounded value. Anything else (more digits, larger
/// exponents, `inf`, `nan`, hexadecimal) goes to the standard library's parser, so the result
/// always equals `Double(String)`.
enum DecimalParser {
    /// The value of `bytes`, or nil if they are not a number. No surrounding spaces are allowed.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        fastPath(bytes) ?? Double(String(decoding: bytes, as: UTF8.self))
    }

    /// 10⁰ … 10²², each exact in binary64.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    private static let zero = UInt8(ascii: "0")

    private static func fastPath(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let count = bytes.count
        var negative = false
        if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var sawDigit = false
        while index < count, bytes[index] &- zero < 10 {
            let digit = UInt64(bytes[index] &- zero)
            if mantissa != 0 || digit != 0 {
                guard significantDigits < 19 else { return nil }
                mantissa = mantissa * 10 + digit
                significantDigits += 1
            }
            sawDigit = true
            index += 1
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, bytes[index] &- zero < 10 {
                let digit = UInt64(bytes[index] &- zero)
                if mantissa != 0 || digit != 0 {
                    guard significantDigits < 19 else { return nil }
                    mantissa = mantissa * 10 + digit
                    significantDigits += 1
                }
                exponent -= 1
                sawDigit = true
                index += 1
            }
        }
        guard sawDigit else { return nil }
        if index < count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var written = 0
            var exponentDigits = 0
            while index < count, bytes[index] &- zero < 10 {
                guard exponentDigits < 6 else { return nil }
                written = written * 10 + Int(bytes[index] &- zero)
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard index == count, mantissa <= 1 << 53 else { return nil }
        var value = Double(mantissa)
        if mantissa != 0 {
            guard exponent >= -22 && exponent <= 22 else { return nil }
            value = exponent < 0 ? value / powersOfTen[-exponent] : value * powersOfTen[exponent]
        }
        return negative ? -value : value
    }
}
