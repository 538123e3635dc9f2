import Testing

@testable import MLETutor

@Suite struct ReadoutFormatTests {
    @Test(arguments: [
        (0.1171875, "0.1172"), (0.26682793200000005, "0.2668"), (0.05739562800000001, "0.05740"),
        (9.99972, "10.00"), (-2.14398, "−2.144"), (123456.0, "1.235e5"), (3.14159e-18, "3.142e−18"),
        (2.5e12, "2.500e12"), (0.001, "0.001000"), (7.0, "7.000"), (0, "0"),
    ])
    func significantDigits(value: Double, expected: String) {
        #expect(ReadoutFormat.significant(value, digits: 4) == expected)
    }

    @Test func likelihoodFromItsLogarithmNeverUnderflows() {
        #expect(ReadoutFormat.likelihood(fromLog: -2302.585092994046) == "1.000e−1000")
        #expect(ReadoutFormat.likelihood(fromLog: -2.14398) == "0.1172")
        #expect(ReadoutFormat.likelihood(fromLog: -.infinity) == "0")
    }

    @Test func logLikelihoodsKeepTheirDecimalsAtAnySize() {
        #expect(ReadoutFormat.logLikelihood(-2.14398) == "−2.1440")
        #expect(ReadoutFormat.logLikelihood(-1730500.123456) == "−1730500.123")
        #expect(ReadoutFormat.logLikelihood(-0.5) == "−0.50000")
    }

    @Test func fixedDecimalsAndCompactEstimates() {
        #expect(NumberText.fixed(0.7000000000000001, decimals: 2) == "0.70")
        #expect(NumberText.fixed(-0.001, decimals: 2) == "0.00")
        #expect(NumberText.fixed(12.5, decimals: 0) == "13")
        #expect(ReadoutFormat.compact(0.7) == "0.7")
        #expect(ReadoutFormat.compact(4.36500001) == "4.365")
    }

    @Test func sliderStaysOnItsDecimalGrid() {
        var slider = ParameterSlider(value: 0.5, step: 0.01, range: 0...1)
        for _ in 0..<20 { slider.move(by: 1) }
        #expect(slider.text == "0.70")
        slider.coarser()
        #expect(slider.stepText == "0.1")
        slider.move(by: 1)
        #expect(slider.text == "0.8")
        slider.finer()
        slider.finer()
        #expect(slider.stepText == "0.001")
        let moved = slider.move(by: 1, allowed: { $0 < 0.8 })
        #expect(!moved)
        #expect(slider.value == 0.8)
        slider.set(5)
        #expect(slider.value == 1)
    }
}
