import Testing

@testable import MLETutor

@Suite struct SignificantDigitsTests {
    @Test(arguments: [
        (0.1171875, 4, "0.1172"), (0.266827932, 4, "0.2668"), (0.057395628, 4, "0.05740"),
        (1234.5678, 4, "1235"), (9.99995, 4, "10.00"), (-0.000123456, 3, "-0.000123"),
        (0.0000123456, 3, "1.23e-5"), (123456789.0, 4, "1.235e8"), (0.0, 4, "0"), (-0.0, 4, "0"), (1.0, 1, "1"),
        (1e-300 / 1e10, 3, "1.00e-310"), (Double.leastNonzeroMagnitude, 2, "4.9e-324"),
        (1.7976931348623157e308, 4, "1.798e308"),
    ])
    func formatsToSignificantDigits(value: Double, digits: Int, expected: String) {
        #expect(SignificantDigits.format(value, digits: digits) == expected)
    }

    @Test func trimmingZerosDropsThemAfterThePointOnly() {
        #expect(SignificantDigits.format(0.7, digits: 7, trimmingZeros: true) == "0.7")
        #expect(SignificantDigits.format(2, digits: 7, trimmingZeros: true) == "2")
        #expect(SignificantDigits.format(1200, digits: 4, trimmingZeros: true) == "1200")
        #expect(SignificantDigits.format(1.5e-9, digits: 4, trimmingZeros: true) == "1.500e-9")
    }

    @Test func nonFiniteValuesAreNamed() {
        #expect(SignificantDigits.format(.nan, digits: 3) == "NaN")
        #expect(SignificantDigits.format(-.infinity, digits: 3) == "-∞")
    }
}
