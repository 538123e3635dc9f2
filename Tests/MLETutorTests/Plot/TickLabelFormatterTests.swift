import Testing

@testable import MLETutor

@Suite struct TickLabelFormatterTests {
    @Test func decimalsComeFromTheExponent() {
        #expect(TickLabelFormatter.labels(units: [-5, 0, 5, 10], exponent: -1) == ["-0.5", "0.0", "0.5", "1.0"])
        #expect(TickLabelFormatter.labels(units: [0, 25, 50], exponent: -2) == ["0.00", "0.25", "0.50"])
        #expect(TickLabelFormatter.labels(units: [2, 4], exponent: 3) == ["2000", "4000"])
        #expect(TickLabelFormatter.labels(units: [-3, 0], exponent: 0) == ["-3", "0"])
    }

    @Test func zeroNeverHasASign() {
        for exponent in -8...8 {
            for label in TickLabelFormatter.labels(units: [-1, 0, 1], exponent: exponent) {
                #expect(
                    !label.hasPrefix("-0") || label.contains(where: { "123456789".contains($0) }),
                    "\(label) at exponent \(exponent)")
            }
        }
    }

    @Test func longNumbersShareOnePowerOfTen() {
        #expect(TickLabelFormatter.labels(units: [5, 10, 15], exponent: 6) == ["0.5e7", "1.0e7", "1.5e7"])
        #expect(TickLabelFormatter.labels(units: [1, 2], exponent: -9) == ["1e-9", "2e-9"])
    }

    @Test func logAxisLabelsArePlainBetweenTenThousandthAndHundredThousand() {
        #expect(TickLabelFormatter.label(units: 1, exponent: 0) == "1")
        #expect(TickLabelFormatter.label(units: 5, exponent: 2) == "500")
        #expect(TickLabelFormatter.label(units: 2, exponent: -3) == "0.002")
        #expect(TickLabelFormatter.label(units: 1, exponent: 6) == "1e6")
        #expect(TickLabelFormatter.label(units: 5, exponent: -7) == "5e-7")
    }

    @Test func labelsReadBackAsTheirValues() throws {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let units = Int64.random(in: -100_000...100_000, using: &generator)
            let exponent = Int.random(in: -12...12, using: &generator)
            let label = TickLabelFormatter.labels(units: [units], exponent: exponent)[0]
            let value = TickScale.value(units: units, exponent: exponent)
            let parsed = try #require(Double(label), "\(label) is not a number")
            #expect(abs(parsed - value) <= abs(value) * 1e-12, "\(label) for \(units)e\(exponent)")
        }
    }
}
