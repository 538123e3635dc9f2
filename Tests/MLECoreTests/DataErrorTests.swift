import MLECore
import Testing

/// The exact wording of every data error a learner can meet.
struct DataErrorTests {
    func fitting(_ family: Family, _ values: [Double], fixed: [String: Double] = [:]) throws -> FitResult {
        try MaximumLikelihood.fit(SampleSummary(family: family, values: values), fixed: fixed)
    }

    func error(_ body: () throws -> Void) -> DataError? {
        do {
            try body()
            return nil
        } catch let error as DataError {
            return error
        } catch {
            return nil
        }
    }

    @Test func emptySample() {
        let failure = error { _ = try fitting(.normal, []) }
        #expect(failure == .emptySample)
        #expect(failure?.message == "no data: the sample is empty")
        #expect(failure?.line == nil)
    }

    @Test func valueOutsideSupportNamesLineValueAndSupport() {
        let failure = error { _ = try fitting(.gamma, [1.5, 2, -3]) }
        #expect(failure?.line == 3)
        #expect(failure?.message == "-3 is outside the support of the gamma distribution (x > 0)")
        #expect(
            error { _ = try fitting(.gamma, [0]) }?.message
                == "0 is outside the support of the gamma distribution (x > 0)")
        #expect(
            error { _ = try fitting(.exponential, [1, -0.25]) }?.message
                == "-0.25 is outside the support of the exponential distribution (x ≥ 0)")
        #expect(
            error { _ = try fitting(.binomial(trials: 10), [3, 11]) }?.message
                == "11 is outside the support of the binomial distribution ({0, 1, …, 10})")
        #expect(
            error { _ = try fitting(.poisson, [-1]) }?.message
                == "-1 is outside the support of the poisson distribution ({0, 1, 2, …})")
    }

    @Test func bernoulliNeedsZeroOrOne() {
        let failure = error { _ = try fitting(.bernoulli, [1, 0, 2]) }
        #expect(failure?.line == 3)
        #expect(failure?.message == "bernoulli data must be 0 or 1, found 2")
        #expect(error { _ = try fitting(.bernoulli, [0.5]) }?.message == "bernoulli data must be 0 or 1, found 0.5")
    }

    @Test func countsMustBeWhole() {
        let failure = error { _ = try fitting(.poisson, [1, 2.5]) }
        #expect(failure?.line == 2)
        #expect(failure?.message == "poisson data must be whole numbers, found 2.5")
        #expect(
            error { _ = try fitting(.binomial(trials: 4), [0.5]) }?.message
                == "binomial data must be whole numbers, found 0.5")
    }

    @Test func nonFiniteValuesAreRejected() {
        let failure = error { _ = try fitting(.normal, [1, .nan]) }
        #expect(failure?.line == 2)
        #expect(failure?.message == "'nan' is not a finite number")
        #expect(error { _ = try fitting(.normal, [.infinity]) }?.message == "'inf' is not a finite number")
    }

    @Test func tooFewValues() {
        #expect(
            error { _ = try fitting(.normal, [3]) }?.message == "too few values: a normal fit needs at least 2, found 1"
        )
        #expect(
            error { _ = try fitting(.gamma, [3]) }?.message == "too few values: a gamma fit needs at least 2, found 1")
        #expect(error { _ = try fitting(.normal, [3], fixed: ["sigma": 1]) } == nil)
    }

    @Test func allValuesEqualSaysWhichDegeneracy() {
        #expect(
            error { _ = try fitting(.normal, [3, 3, 3, 3, 3]) }?.message
                == "all 5 values equal 3: sigma-hat would be 0, so the likelihood is unbounded")
        #expect(
            error { _ = try fitting(.normal, [2, 2], fixed: ["mu": 2]) }?.message
                == "all 2 values equal 2: sigma-hat would be 0, so the likelihood is unbounded")
        #expect(
            error { _ = try fitting(.gamma, [1.5, 1.5, 1.5]) }?.message
                == "all 3 values equal 1.5: alpha-hat would be infinite: the likelihood keeps rising as alpha and beta grow together"
        )
        #expect(
            error { _ = try fitting(.exponential, [0, 0]) }?.message
                == "all 2 values equal 0: lambda-hat = 1/mean would be infinite, so the likelihood is unbounded")
        // All-zero Poisson counts are not an error: λ̂ = 0 on the boundary (SaddlepointTests).
        #expect(error { _ = try fitting(.poisson, [0, 0, 0]) } == nil)
    }

    @Test func aSpreadBeyondTheLargestDoubleIsNotCalledEqualValues() throws {
        let laplace = try #require(Family(named: "laplace"))
        let tooWide =
            "differ by more than the largest double (about 1.8e308), so their spread and the estimates cannot be computed; rescale the data (change their unit) and fit again"
        #expect(
            error { _ = try fitting(.normal, [1e308, -1e308]) }?.message
                == "the values run from -1e+308 to 1e+308 and " + tooWide)
        #expect(
            error { _ = try fitting(.normal, [1e308, -1e308, 1]) }?.message
                == "the values run from -1e+308 to 1e+308 and " + tooWide)
        #expect(
            error { _ = try fitting(laplace, [1e308, -1e308]) }?.message
                == "the values run from -1e+308 to 1e+308 and " + tooWide)
    }

    @Test func aSpreadBelowTheSmallestNormalDoubleIsNotCalledEqualValues() {
        // 5e-324 and about 1e-320, written so (literals this small do not compile without a warning).
        let smallest = Double.leastNonzeroMagnitude
        let tiny = smallest * 2024
        #expect(
            error { _ = try fitting(.normal, [smallest, smallest, tiny]) }?.message
                == "the values run from \(smallest) to \(tiny) and differ by less than the smallest normal double (about 2.2e-308), so their spread and the estimates cannot be computed; rescale the data (change their unit) and fit again"
        )
    }

    @Test func unequalValuesWithoutAMaximumSayWhyWithoutCallingThemEqual() throws {
        let negativeBinomial = try #require(Family(named: "negative-binomial"))
        #expect(
            error { _ = try fitting(negativeBinomial, [1, 2, 1, 2]) }?.message
                == "the 4 values (from 1 to 2) have no maximum: the variance is not above the mean, so r-hat would be infinite (the Poisson limit): fit poisson"
        )
    }

    @Test func aHeldValueWhereTheLogLikelihoodIsNotFiniteIsRefused() {
        #expect(
            error { _ = try fitting(.normal, [1, 2, 4], fixed: ["sigma": .leastNonzeroMagnitude * 2024]) }?.message
                == "with sigma held at \(Double.leastNonzeroMagnitude * 2024) the log-likelihood of these data is beyond double precision (not a finite number), so nothing can be estimated or compared; hold sigma at a value nearer the scale of the data"
        )
        #expect(error { _ = try fitting(.normal, [1, 2, 4], fixed: ["sigma": 1e-3]) } == nil)
    }

    @Test func equalValuesAreFineWhereTheLikelihoodStaysBounded() throws {
        #expect(try fitting(.exponential, [2, 2, 2]).value(of: "lambda") == 0.5)
        #expect(try fitting(.poisson, [4, 4]).value(of: "lambda") == 4)
        #expect(try fitting(.gamma, [2, 2], fixed: ["beta": 1]).converged)
    }

    @Test func descriptionPrefixesTheLine() {
        #expect(DataError.notANumber(text: "abc", line: 3).description == "line 3: 'abc' is not a number")
        #expect(
            DataError.missingColumn(column: 3, line: 7, columnsFound: 2).message == "no column 3: the row has 2 columns"
        )
    }
}
