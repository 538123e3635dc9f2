import MLECore

/// `coin-tosses`: a run of tosses of a coin with a hidden bias; the answer is the MLE p̂ of the
/// chance of heads. Fills `{data}` (`H T H ...`), `{n}`, `{heads}` and `{tails}`.
struct CoinTossGenerator: QuestionGenerator {
    let name = "coin-tosses"
    let placeholders = ["data", "n", "heads", "tails"]
    let counts = 5...40

    func numbers(seed: UInt64, count: Int) -> SeededNumbers {
        var random = SeededGenerator(seed: seed)
        // A bias away from 0 and 1, so both faces turn up in a short run.
        let bias = 0.2 + 0.6 * StandardDraws.openUnit(using: &random)
        let tosses = Bernoulli(p: bias).samples(count, using: &random)
        let heads = tosses.filter { $0 == 1 }.count
        return SeededNumbers(
            values: [
                "data": tosses.map { $0 == 1 ? "H" : "T" }.joined(separator: " "),
                "n": String(count),
                "heads": String(heads),
                "tails": String(count - heads),
            ],
            answer: ClosedForm.successProbability(summary(of: tosses, from: .bernoulli)))
    }
}
