import Testing

@testable import MLETutor

/// Seeded questions: the numbers follow the seed, and the answer is the MLE of the data exactly as
/// the learner sees it, recomputed here from the shown text without MLECore.
@Suite struct QuestionGeneratorTests {
    @Test(arguments: QuestionGenerators.names)
    func theSameSeedGivesTheSameNumbers(_ name: String) throws {
        let generator = try #require(QuestionGenerators.named(name))
        let count = generator.counts.lowerBound + 3
        let first = generator.numbers(seed: 42, count: count)
        let again = generator.numbers(seed: 42, count: count)
        #expect(first.values == again.values)
        #expect(first.answer == again.answer)
        let others = (43..<48).map { generator.numbers(seed: $0, count: count).values["data"] }
        #expect(others.contains { $0 != first.values["data"] }, "the data change with the seed")
    }

    @Test(arguments: [UInt64(1), 7, 2026, 99_999])
    func coinTossAnswerIsTheShareOfHeadsShown(_ seed: UInt64) throws {
        let numbers = CoinTossGenerator().numbers(seed: seed, count: 20)
        let tosses = try #require(numbers.values["data"]).split(separator: " ")
        #expect(tosses.count == 20)
        let heads = tosses.filter { $0 == "H" }.count
        #expect(numbers.values["heads"] == String(heads))
        #expect(numbers.values["tails"] == String(20 - heads))
        #expect(abs(numbers.answer - Double(heads) / 20) < 1e-12)
    }

    @Test(arguments: [UInt64(1), 8, 2026, 99_999])
    func waitingTimeAnswerIsOneOverTheMeanOfTheTimesShown(_ seed: UInt64) throws {
        let numbers = WaitingTimeGenerator().numbers(seed: seed, count: 8)
        let times = try #require(numbers.values["data"]).split(separator: ", ").compactMap { Double($0) }
        #expect(times.count == 8)
        #expect(times.allSatisfy { $0 >= 0.1 })
        let sum = times.reduce(0, +)
        #expect(abs(numbers.answer - 8 / sum) < 1e-9)
        #expect(numbers.values["sum"] == QuizNumber.format(sum, places: 1))
    }

    @Test func aSeededQuestionIsFilledInAndGradedAgainstItsGenerator() throws {
        let quiz = try #require(try QuizFixture.course().lessons[0].pages[QuizFixture.quizPage].model as? QuizPage)
        let question = quiz.questions[4]
        let numbers = WaitingTimeGenerator().numbers(seed: 8, count: 8)
        guard case .numeric(let numeric) = question.format else {
            Issue.record("a seeded question is graded as numeric")
            return
        }
        #expect(numeric.answer == numbers.answer)
        let prompt = MarkdownLayout.lines(question.prompt, width: 200, options: .standard).map(\.plainText).joined()
        #expect(prompt == "Eight waiting times: \(numbers.values["data"]!). What is λ̂?")
        let explanation = MarkdownLayout.lines(numeric.explanation, width: 200, options: .standard).map(\.plainText)
            .joined()
        #expect(explanation == "λ̂ = 8/\(numbers.values["sum"]!) = \(numeric.formattedAnswer).")
    }
}
