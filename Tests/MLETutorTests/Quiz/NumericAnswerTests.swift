import Testing

@testable import MLETutor

@Suite struct NumericAnswerTests {
    @Test(arguments: [
        "0.7", ".7", "7/10", "7e-1", "7E-1", " 0.7 ", "+0.7", "0.70", "70e-2", "3.5/5", "7 / 10", "0.07e1",
    ])
    func readsEveryWayOfWritingSevenTenths(_ text: String) throws {
        let value = try NumericAnswer.parse(text).get()
        #expect(abs(value - 0.7) < 1e-12)
    }

    @Test(arguments: [("-8", -8.0), ("12", 12.0), ("-3/4", -0.75), ("1e3", 1000.0), ("5.", 5.0), ("-.25", -0.25)])
    func readsSignsWholeNumbersAndExponents(_ text: String, _ expected: Double) throws {
        #expect(try NumericAnswer.parse(text).get() == expected)
    }

    @Test func emptyInputAsksForANumber() {
        #expect(NumericAnswer.parse("   ") == .failure(.empty))
        #expect(NumericAnswer.Problem.empty.description == "Type a number first, such as 0.7.")
    }

    @Test func divisionByZeroIsNamed() {
        #expect(NumericAnswer.parse("7/0") == .failure(.divisionByZero("7/0")))
        #expect(NumericAnswer.Problem.divisionByZero("7/0").description == "'7/0' divides by zero.")
    }

    @Test func aDecimalCommaIsExplained() {
        #expect(NumericAnswer.parse("0,7") == .failure(.decimalComma("0,7")))
        #expect(
            NumericAnswer.Problem.decimalComma("0,7").description
                == "'0,7' uses a comma; write the decimal point as a dot, like 0.7.")
    }

    /// `Double("inf")`, `Double("nan")` and `Double("0x1p3")` succeed; a learner typing those has
    /// not written a number, so our grammar refuses them.
    @Test(arguments: [
        "inf", "nan", "0x1p3", "abc", "7/", "/7", "1/2/3", "e5", "1e", "1e+", ".", "-", "0.7.1", "7 heads", "1e999",
    ])
    func refusesWhatIsNotANumber(_ text: String) {
        #expect(NumericAnswer.parse(text) == .failure(.notANumber(text)))
    }

    @Test func notANumberMessageShowsTheAcceptedForms() {
        #expect(
            NumericAnswer.Problem.notANumber("abc").description
                == "'abc' is not a number; write it like 0.7, .7, 7/10 or 7e-1.")
    }
}
