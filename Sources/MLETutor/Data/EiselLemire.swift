/// Eisel and Lemire's decimal-to-binary conversion (Lemire, "Number parsing at a gigabyte per
/// second", 2021): the correctly rounded double nearest m·10^q from one or two 64×64-bit
/// multiplications by a 128-bit approximation of 10^q.
///
/// It returns nil, and the caller falls back to an exact parser, whenever the truncated product
/// cannot decide the rounding (a possible halfway case), the result would be subnormal or
/// infinite, or q is outside the table.
enum EiselLemire {
    /// The double nearest `mantissa`·10^`exponent`, negated if `negative`, or nil when undecided.
    ///
    /// - Precondition: `mantissa > 0`.
    static func value(mantissa: UInt64, exponent: Int, negative: Bool) -> Double? {
        guard exponent >= PowersOfTen.smallestExponent, exponent <= PowersOfTen.largestExponent else { return nil }
        let power = PowersOfTen.mantissas[exponent - PowersOfTen.smallestExponent]
        let leadingZeros = mantissa.leadingZeroBitCount
        let normalized = mantissa << UInt64(leadingZeros)
        // 217706 / 2¹⁶ ≈ log₂ 10: the binary exponent of 10^q, biased.
        var binaryExponent = ((217_706 * exponent) >> 16) + 64 + 1023 - leadingZeros
        var (high, low) = normalized.multipliedFullWidth(by: power.high)
        if high & 0x1FF == 0x1FF && low &+ normalized < normalized {
            let (crossHigh, crossLow) = normalized.multipliedFullWidth(by: power.low)
            let mergedLow = low &+ crossHigh
            let mergedHigh = mergedLow < low ? high &+ 1 : high
            if mergedHigh & 0x1FF == 0x1FF && mergedLow &+ 1 == 0 && crossLow &+ normalized < normalized {
                return nil
            }
            (high, low) = (mergedHigh, mergedLow)
        }
        let topBit = high >> 63
        var significand = high >> (topBit + 9)
        binaryExponent -= 1 ^ Int(topBit)
        if low == 0 && high & 0x1FF == 0 && significand & 3 == 1 { return nil }
        significand += significand & 1
        significand >>= 1
        if significand >> 53 > 0 {
            significand >>= 1
            binaryExponent += 1
        }
        guard binaryExponent >= 1 && binaryExponent < 0x7FF else { return nil }
        let bits = UInt64(binaryExponent) << 52 | significand & 0x000F_FFFF_FFFF_FFFF
        return Double(bitPattern: negative ? bits | (1 << 63) : bits)
    }
}
