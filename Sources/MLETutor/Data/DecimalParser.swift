/// Parses a decimal number from UTF-8 bytes, fast for the common case and exact in every case.
///
/// Fast path (Clinger, 1990): when the significant digits fit in a 53-bit integer m and the
/// decimal exponent e has |e| ≤ 22, both m and 10^|e| are exact doubles, so one correctly rounded
/// multiplication or division gives the correctly rounded value. Up to 19 digits with |e| ≤ 64
/// (the 17-digit shortest forms programs write) go through Eisel–Lemire. Anything else (more
/// digits, larger exponents, undecided halfway cases, `inf`, `nan`, hexadecimal) goes to the
/// standard library's parser, so the result always equals `Double(String)`.
enum DecimalParser {
    /// The value of `bytes`, or nil if they are not a number. No surrounding spaces are allowed.
    ///
    /// Only decimal spellings are numbers (digits, one point, an exponent), plus `inf`,
    /// `infinity` and `nan` so they can be reported as not finite: hexadecimal such as `0x10`,
    /// which `Double(String)` would take for 16, is not a number in a data file.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if let value = fastPath(bytes) { return value }
        guard isDecimalSpelling(bytes) || isNonFiniteWord(bytes) else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// The value of `text` under the same rules as `parse(_:)`.
    static func parse(_ text: some StringProtocol) -> Double? {
        var text = String(text)
        return text.withUTF8 { parse($0) }
    }

    /// Whether every byte is a digit, a sign, a point or an exponent letter.
    private static func isDecimalSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { byte in
            byte &- zero < 10 || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte | 0x20 == UInt8(ascii: "e")
        }
    }

    /// Whether the bytes are `inf`, `infinity` or `nan` in any case, with an optional sign.
    private static func isNonFiniteWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var word = String(decoding: bytes, as: UTF8.self).lowercased()
        if word.hasPrefix("+") || word.hasPrefix("-") { word.removeFirst() }
        return word == "inf" || word == "infinity" || word == "nan"
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
        var exponent = 0
        var sawDigit = false
        while index < count, bytes[index] == zero {
            sawDigit = true
            index += 1
        }
        let integerStart = index
        while index < count, bytes[index] &- zero < 10 {
            mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- zero)
            index += 1
        }
        var significantDigits = index - integerStart
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            if significantDigits == 0 {
                while index < count, bytes[index] == zero {
                    sawDigit = true
                    exponent -= 1
                    index += 1
                }
            }
            let fractionStart = index
            while index + 8 <= count {
                let chunk = UInt64(
                    littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                guard isEightDigits(chunk) else { break }
                mantissa = mantissa &* 100_000_000 &+ valueOfEightDigits(chunk)
                index += 8
            }
            while index < count, bytes[index] &- zero < 10 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- zero)
                index += 1
            }
            significantDigits += index - fractionStart
            exponent -= index - fractionStart
        }
        // 19 digits always fit in 64 bits; beyond that the wrapped mantissa is meaningless.
        guard sawDigit || significantDigits > 0, significantDigits <= 19 else { return nil }
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
        guard index == count else { return nil }
        if mantissa == 0 { return negative ? -0.0 : 0 }
        guard mantissa <= 1 << 53, exponent >= -22, exponent <= 22 else {
            return EiselLemire.value(mantissa: mantissa, exponent: exponent, negative: negative)
        }
        let magnitude = Double(mantissa)
        let value = exponent < 0 ? magnitude / powersOfTen[-exponent] : magnitude * powersOfTen[exponent]
        return negative ? -value : value
    }

    /// Whether all eight bytes of `chunk` are ASCII digits (SWAR, as in Lemire's fast_float).
    private static func isEightDigits(_ chunk: UInt64) -> Bool {
        ((chunk &+ 0x4646_4646_4646_4646) | (chunk &- 0x3030_3030_3030_3030)) & 0x8080_8080_8080_8080 == 0
    }

    /// The value of eight ASCII digits loaded little-endian, first digit most significant, in
    /// three multiply-and-shift steps instead of eight.
    private static func valueOfEightDigits(_ chunk: UInt64) -> UInt64 {
        var value = chunk &- 0x3030_3030_3030_3030
        value = value &* 10 &+ (value >> 8)
        let pairs: UInt64 = 0x0000_00FF_0000_00FF
        let high = (value & pairs) &* 0x000F_4240_0000_0064
        let low = ((value >> 16) & pairs) &* 0x0000_2710_0000_0001
        return (high &+ low) >> 32
    }
}
