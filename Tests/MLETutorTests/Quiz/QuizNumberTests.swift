import Testing

@testable import MLETutor

@Suite struct QuizNumberTests {
    @Test(arguments: [
        (0.7, 0.005, "0.7"), (0.41234, 0.005, "0.412"), (8, 0.01, "8"), (0.126, 0.01, "0.13"),
        (-0.0001, 0.01, "0"), (1234.5678, 0.5, "1234.6"),
    ])
    func showsAsManyDecimalsAsTheToleranceReaches(_ value: Double, _ tolerance: Double, _ expected: String) {
        #expect(QuizNumber.format(value, tolerance: tolerance) == expected)
    }
}
