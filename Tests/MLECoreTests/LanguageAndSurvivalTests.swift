import Testing

@testable import MLECore

/// The bigram language model and censored survival fits.
@Suite struct LanguageAndSurvivalTests {
    static let text = "the cat sat on the mat. the cat ate. the dog sat on the cat."

    @Test func theBigramMLEIsTheNormalisedCounts() throws {
        let model = try BigramModel(text: Self.text)
        #expect(model.vocabulary == ["ate", "cat", "dog", "mat", "on", "sat", "the"])
        let the = try #require(model.index(of: "the"))
        let cat = try #require(model.index(of: "cat"))
        #expect(model.followerCount(the) == 5)
        let row = try #require(model.maximumLikelihoodProbabilities(after: the))
        #expect(row[cat] == 3.0 / 5.0)
        #expect(abs(row.reduce(0, +) - 1) <= 1e-15)
    }

    /// A sentence's five predictions from the counts, by hand, and a sentence with an unseen pair.
    @Test func crossEntropyAndPerplexityOfASentence() throws {
        let model = try BigramModel(text: Self.text)
        let sentence = BigramModel.words("the cat sat on the mat")
        // P(cat|the) = 3/5, P(sat|cat) = 1/2, P(on|sat) = 1, P(the|on) = 1, P(mat|the) = 1/5.
        let expected = -(Double.log(3.0 / 5) + Double.log(1.0 / 2) + 0 + 0 + Double.log(1.0 / 5)) / 5
        #expect(abs(model.crossEntropy(of: sentence) - expected) <= 1e-15)
        #expect(abs(model.perplexity(of: sentence) - Double.exp(expected)) <= 1e-14)
        let unseen = BigramModel.words("the dog ate")
        #expect(model.crossEntropy(of: unseen) == .infinity, "'dog ate' was never seen")
        #expect(model.perplexity(of: unseen) == .infinity)
    }

    /// Gradient descent on the softmax cross-entropy reaches the counts' probabilities to 1e-3
    /// in 3000 steps of η = 10, and its loss approaches the MLE's cross-entropy from above.
    @Test func softmaxTrainingReachesTheCounts() throws {
        let model = try BigramModel(text: Self.text)
        var trainer = BigramSoftmaxTrainer(bigrams: model)
        let start = trainer.crossEntropy
        for _ in 0..<3000 { trainer.step() }
        #expect(trainer.largestGapToCounts <= 1e-3)
        let floor = model.crossEntropy(of: model.words)
        #expect(trainer.crossEntropy >= floor - 1e-12)
        #expect(trainer.crossEntropy - floor <= 1e-2)
        #expect(start > trainer.crossEntropy)
    }

    @Test func aTextOfOneWordIsRejected() {
        #expect(throws: BigramError.tooFewWords(1)) { try BigramModel(text: "  hello!! ") }
        #expect(BigramModel.words("It's 2 o'clock, Bob\u{0}x") == ["it's", "2", "o'clock", "bob", "x"])
    }

    static let times = [2.3, 0.8, 5.1, 3.3, 7.0, 1.2, 7.0, 4.4, 0.5, 6.2, 7.0, 2.9, 3.8, 7.0, 1.7]
    static let events = [
        true, true, true, true, false, true, false, true, true, true, false, true, false, false, true,
    ]

    /// scipy.stats expon and weibull_min logpdf/logsf; the Weibull MLE from mpmath (40 digits) on
    /// the profile score. Tolerance 1e-10.
    @Test func censoredFitsMatchScipy() throws {
        let data = try CensoredSurvival(times: Self.times, events: Self.events)
        #expect(abs(data.exponentialRate - 0.16611295681063123) <= 1e-15)
        #expect(abs(data.exponentialLogLikelihood(rate: data.exponentialRate) - -27.950872593207293) <= 1e-10)
        #expect(abs(data.weibullLogLikelihood(shape: 1.7, scale: 4.2) - -30.377784337161465) <= 1e-10)
        #expect(abs(data.weibullLogLikelihood(shape: 0.6, scale: 2.0) - -34.02166644465358) <= 1e-10)
        let fit = try #require(data.weibullFit)
        #expect(abs(fit.shape - 1.1831393193007178406) <= 1e-10)
        #expect(abs(fit.scale - 5.8458777776949511374) <= 1e-10)
        #expect(abs(data.weibullLogLikelihood(shape: fit.shape, scale: fit.scale) - -27.776604413011178) <= 1e-10)
    }

    /// Dropping the censored subjects or counting them as events both overstate the hazard here,
    /// since the censored were the long survivors.
    @Test func naiveFitsOverstateTheHazard() throws {
        let data = try CensoredSurvival(times: Self.times, events: Self.events)
        let dropped = try #require(data.droppingCensored)
        #expect(dropped.exponentialRate > data.exponentialRate)
        #expect(data.censoredAsEvents.exponentialRate > data.exponentialRate)
        #expect(
            data.censoredAsEvents.exponentialRate == Double(Self.times.count) / Self.times.reduce(0, +))
    }

    @Test func badSurvivalDataAreRejected() {
        #expect(throws: CensoredSurvival.DataError.empty) { try CensoredSurvival(times: [], events: []) }
        #expect(throws: CensoredSurvival.DataError.badTime(index: 2)) {
            try CensoredSurvival(times: [1, -0.0, 2], events: [true, true, true])
        }
        #expect(throws: CensoredSurvival.DataError.badTime(index: 1)) {
            try CensoredSurvival(times: [.nan], events: [true])
        }
        #expect(throws: CensoredSurvival.DataError.noEvents) {
            try CensoredSurvival(times: [1, 2], events: [false, false])
        }
    }
}

/// The change-of-variables log-density of a one-step flow, against scipy.
@Suite struct ChangeOfVariablesTests {
    /// x = exp(z), z ~ N(0, 1) is lognormal: scipy.stats.lognorm.logpdf(x, 1) and norm.logpdf(log x).
    @Test(arguments: [
        (2.0, -1.8523122207237186, -1.1591650401637734),
        (0.5, -0.466017859603828, -1.1591650401637734),
        (7.3, -4.88263509338405, -2.8947607452297044),
    ])
    func theFlowDensityIsTheLognormal(x: Double, lognormal: Double, base: Double) {
        let parts = ChangeOfVariables.exponentialFlow(x, base: Normal(mu: 0, sigma: 1))
        #expect(abs(parts.total - lognormal) <= 1e-13 * abs(lognormal))
        #expect(abs(parts.base - base) <= 1e-13 * abs(base))
        #expect(parts.logJacobian == -Double.log(x))
    }
}
