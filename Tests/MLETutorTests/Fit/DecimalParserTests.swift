import MLECore
import Testing

@testable import MLETutor

struct DecimalParserTests {
    func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalParser.parse($0) }
    }

    func agreesWithStandardParser(_ text: String) -> Bool {
        let ours = parse(text)
        let standard = Double(text)
        guard let ours, let standard else { return ours == nil && standard == nil }
        return ours.bitPattern == standard.bitPattern || (ours.isNaN && standard.isNaN)
    }

    /// 200,000 random decimal strings of every shape the fast path takes or refuses: 1–22 digits,
    /// a point anywhere, exponents from −330 to 330, signs, leading zeros. Each must give exactly
    /// the bits `Double(String)` gives.
    @Test func randomDecimalsMatchStandardParserExactly() {
        var generator = SeededGenerator(seed: 31)
        func below(_ n: UInt64) -> Int { Int(generator.next() % n) }
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            var text = ["", "-", "+"][below(3)]
            if below(4) == 0 { text += String(repeating: "0", count: below(3)) }
            let digits = (0..<(1 + below(22))).map { _ in String(below(10)) }
            let point = below(UInt64(digits.count + 2))
            for (index, digit) in digits.enumerated() {
                if index == point { text += "." }
                text += digit
            }
            if point == digits.count { text += "." }
            if below(2) == 0 {
                text +=
                    ["e", "E"][below(2)] + ["", "-", "+"][below(3)] + String(below(2) == 0 ? below(25) : below(331))
            }
            if !agreesWithStandardParser(text) { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
    }

    /// Shortest round-trip output of random doubles (what `fit --json` and the samplers write).
    @Test func shortestRepresentationsRoundTrip() {
        var generator = SeededGenerator(seed: 32)
        for _ in 0..<100_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            #expect(parse("\(value)") == value)
        }
    }

    /// Eisel–Lemire on its own: random mantissas of 1–19 digits and exponents −64…64 give the
    /// standard parser's bits. It declines (returns nil) under 1% of the time, mostly for exact
    /// products with small mantissas, which Clinger's path takes in the parser.
    @Test func eiselLemireMatchesStandardParser() {
        var generator = SeededGenerator(seed: 33)
        var declined = 0
        for _ in 0..<200_000 {
            let m = max(1, generator.next() % 10_000_000_000_000_000_000 >> (generator.next() % 64))
            let exponent = Int(generator.next() % 129) - 64
            let expected = Double("\(m)e\(exponent)")
            guard let value = EiselLemire.value(mantissa: m, exponent: exponent, negative: false) else {
                declined += 1
                continue
            }
            #expect(value.bitPattern == expected?.bitPattern, "\(m)e\(exponent)")
        }
        #expect(declined < 2000)
    }

    @Test(arguments: [
        "inf", "-inf", "nan", "infinity", "abc", "", "-", ".", "1e", "1e+", "+.5", "5.",
        "1.5.2", "1e5x", "12abc", "--1", "0e400", "1e-400", "9007199254740993", "123456789012345678901234",
    ])
    func edgeCasesMatchStandardParser(text: String) {
        #expect(
            agreesWithStandardParser(text),
            "\(text): \(String(describing: parse(text))) vs \(String(describing: Double(text)))")
    }

    @Test(arguments: ["0x1p3", "0x10", "0X1A", "-0x2"])
    func hexadecimalIsNotANumberInAData(text: String) {
        #expect(Double(text) != nil)
        #expect(parse(text) == nil)
    }
}
