import MLECore

/// The numbers of one seeded question: values for the `{placeholders}` in its text, and the
/// answer it is graded against.
struct SeededNumbers: Sendable {
    /// Placeholder name to text, such as `data` → `H T T H` or `n` → `8`.
    var values: [String: String]
    var answer: Double

    init(values: [String: String], answer: Double) {
        self.values = values
        self.answer = answer
    }
}

/// Makes a seeded question's dataset from its seed and computes the answer with MLECore, so a
/// question's numbers change with its seed and are always right.
protocol QuestionGenerator: Sendable {
    /// The name a lesson gives in `generator:`.
    var name: String { get }
    /// The placeholders the numbers fill (`{answer}` is always filled as well).
    var placeholders: [String] { get }
    /// The dataset sizes that make a sensible question.
    var counts: ClosedRange<Int> { get }
    /// The dataset drawn with `seed`, and its answer.
    func numbers(seed: UInt64, count: Int) -> SeededNumbers
}

/// The generators lessons can name.
enum QuestionGenerators {
    static let standard: [any QuestionGenerator] = [
        CoinTossGenerator(),
        WaitingTimeGenerator(),
    ]

    static func named(_ name: String) -> (any QuestionGenerator)? {
        standard.first { $0.name == name }
    }

    static var names: [String] { standard.map(\.name) }
}

extension QuestionGenerator {
    /// The summary of values a generator drew from `family` itself, so in its support.
    func summary(of draws: [Double], from family: Family) -> SampleSummary {
        do {
            return try SampleSummary(family: family, values: draws)
        } catch {
            preconditionFailure("draws from \(family) lie in its support: \(error)")
        }
    }
}
