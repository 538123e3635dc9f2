import Testing

@testable import MLETutor

/// The computed values the first part of the course uses, against references from mpmath
/// (30 digits) or exact arithmetic, and every hostile argument rejected with a message.
@Suite struct ComputedValuesTests {
    static func value(_ template: String) throws -> Double {
        let text = try ComputedValues.evaluate("\(template) digits=15"[...])
        return try #require(Double(text))
    }

    @Test(arguments: [
        ("normal-density x=0 mu=0 sigma=0.1", 3.98942280401432677939946059934, 1e-13),
        ("binomial-likelihood-area n=10 k=7", 1.0 / 11, 1e-12),
        ("surprise-bits p=0.1", 3.32192809488736234787031942949, 1e-14),
        ("surprise-bits p=0.5", 1.0, 1e-15),
        ("surprise-nats p=0.1", 2.30258509299404568401799145468, 1e-14),
        ("total-surprise-nats n=1000 p=0.1", 2302.58509299404568401799145468, 1e-14),
        ("direct-product n=1000 p=0.999", 0.367695424770964044626806139221, 1e-12),
        ("sum-of-log10s n=1000000 p=0.999", -434.511774017691306465600695524, 1e-12),
        ("binomial-standard-error n=10 k=7", 0.144913767461894385737186641572, 1e-9),
        ("exponential-sample-information n=20 lambda=2", 5.0, 1e-15),
        ("first-frozen-product p=0.9", 7051.0, 0.0),
        ("sample-mean data=2,4,9", 5.0, 1e-15),
        ("bernoulli-mle data=1,0,1,1", 0.75, 1e-15),
        ("normal-variance-mle data=1,2,3,4", 1.25, 1e-14),
        ("unbiased-variance data=1,2,3,4", 5.0 / 3, 1e-14),
        ("normal-sd-mle data=1,2,3,4", 1.25.squareRoot(), 1e-14),
        ("exponential-mle data=2,3,5", 0.3, 1e-15),
        ("poisson-mle data=0,2,1,5", 2.0, 1e-15),
        // Exact: 0.5¹⁰, 0.7⁷·0.3³ = 0.0022235661 and math.comb.
        ("bernoulli-sequence-probability n=10 k=7 p=0.5", 0.0009765625, 1e-15),
        ("bernoulli-sequence-probability n=10 k=7 p=0.7", 0.0022235661, 1e-13),
        ("bernoulli-sequence-probability n=10 k=0 p=0.2", 0.1073741824, 1e-13),
        ("binomial-coefficient n=10 k=7", 120.0, 0.0),
        ("binomial-coefficient n=10 k=0", 1.0, 0.0),
        ("binomial-coefficient n=60 k=30", 118264581564861424.0, 1e-14),
    ])
    func valueMatchesItsReference(template: String, reference: Double, relativeTolerance: Double) throws {
        let computed = try Self.value(template)
        #expect(
            abs(computed - reference) <= relativeTolerance * max(1, abs(reference)), "\(template): \(computed)")
    }

    @Test(arguments: [
        "sample-mean data=1,,2", "sample-mean data=nan", "sample-mean data=1e309", "sample-mean data=",
        "sample-mean", "sample-mean data=1,2\u{0}", "bernoulli-mle data=0.5", "poisson-mle data=1.5",
        "poisson-mle data=-1", "exponential-mle data=0,0", "exponential-mle data=-2",
        "unbiased-variance data=3", "normal-density x=0 mu=0 sigma=0", "normal-density x=0 mu=inf sigma=1",
        "normal-density x=nan mu=0 sigma=1", "binomial-likelihood-area n=10 k=11",
        "binomial-likelihood-area n=10 k=2.5", "binomial-standard-error n=10 k=10",
        "exponential-sample-information n=20 lambda=0", "first-frozen-product p=0.5", "surprise-bits p=0",
        "direct-product n=0 p=0.5", "sum-of-log10s n=10 p=1.5", "poisson-mle p=2",
        "total-surprise-nats n=10 p=0", "bernoulli-sequence-probability n=10 k=11 p=0.5",
        "bernoulli-sequence-probability n=1000000 k=1 p=0.5", "bernoulli-sequence-probability n=10 k=3 p=1.5",
        "binomial-coefficient n=10 k=-1", "binomial-coefficient n=10 k=2.5", "binomial-coefficient n=1001 k=2",
    ])
    func hostileArgumentsAreRejectedWithAMessage(template: String) {
        #expect(throws: ComputedValues.ArgumentError.self) { try ComputedValues.evaluate(template[...]) }
    }

    @Test func aDataListHoldsAtMostTenThousandValues() throws {
        let many = Array(repeating: "1", count: 10_001).joined(separator: ",")
        #expect(throws: ComputedValues.ArgumentError.self) {
            try ComputedValues.evaluate("sample-mean data=\(many)"[...])
        }
        let enough = Array(repeating: "1", count: 10_000).joined(separator: ",")
        #expect(try ComputedValues.evaluate("sample-mean data=\(enough)"[...]) == "1.000")
    }

    /// The binomial probability of k successes is C(n, k) times the probability of one sequence
    /// with k successes, at every p: the factor does not depend on p (lesson 4, page 2).
    @Test(arguments: [0.1, 0.5, 0.7, 0.93])
    func aBinomialProbabilityIsTheCoefficientTimesOneSequence(p: Double) throws {
        let binomial = try Self.value("binomial-probability n=10 k=7 p=\(p)")
        let sequence = try Self.value("bernoulli-sequence-probability n=10 k=7 p=\(p)")
        let coefficient = try Self.value("binomial-coefficient n=10 k=7")
        #expect(abs(binomial - coefficient * sequence) <= 1e-13 * binomial)
    }
}
