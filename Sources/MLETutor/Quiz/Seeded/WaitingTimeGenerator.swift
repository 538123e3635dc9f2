import MLECore

/// `exponential-rate`: waiting times, in minutes to one decimal, from an Exponential model with
/// a hidden rate; the answer is the MLE λ̂ = 1/x̄ of the times as shown. Fills `{data}`, `{n}`,
/// `{sum}` and `{mean}`.
struct WaitingTimeGenerator: QuestionGenerator {
    let name = "exponential-rate"
    let placeholders = ["data", "n", "sum", "mean"]
    let counts = 3...20

    func numbers(seed: UInt64, count: Int) -> SeededNumbers {
        var random = SeededGenerator(seed: seed)
        let rate = 0.2 + 1.8 * StandardDraws.openUnit(using: &random)
        // The answer is computed from the rounded times, the numbers the learner sees; a time
        // that would round to 0.0 is shown as 0.1 so every time is positive.
        let times = Exponential(lambda: rate).samples(count, using: &random)
            .map { max(0.1, ($0 * 10).rounded() / 10) }
        let summary = summary(of: times, from: .exponential)
        return SeededNumbers(
            values: [
                "data": times.map { QuizNumber.format($0, places: 1) }.joined(separator: ", "),
                "n": String(count),
                "sum": QuizNumber.format(summary.sum, places: 1),
                "mean": QuizNumber.format(summary.mean, places: 4),
            ],
            answer: ClosedForm.exponentialRate(summary))
    }
}
