import MLECore
import Testing

/// `SampleSummaries` shares one pass between families: every family's summary must fit exactly as
/// the summary it would have built alone, and a value outside one family's support must remove that
/// family alone, naming the same line.
struct SampleSummariesTests {
    /// Every registered family that takes no trials, plus Poisson and Binomial with their own base
    /// measures, on positive whole numbers (so all of them can fit) and on data with a zero and a
    /// negative value (so some cannot).
    static let datasets: [[Double]] = [
        [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9],
        [2.5, 0.75, 3.25, 1.5, 0.5, 4.0, 0, 2.0, -1.5, 3.5, 0.25, 1.75],
        [0.25, 0.5, 0.125, 0.75, 0.625, 0.375, 0.875, 0.3],
    ]

    static var families: [Family] {
        FamilyRegistry.all.filter { !$0.takesTrials }.map { Family($0) } + [.binomial(trials: 10)]
    }

    @Test(arguments: datasets)
    func eachFamilyFitsAsItsOwnSummaryWould(_ values: [Double]) throws {
        var shared = SampleSummaries(families: Self.families)
        for (offset, x) in values.enumerated() { shared.add(x, line: offset + 1) }
        #expect(shared.count == values.count)
        var compared = 0
        for (family, result) in zip(Self.families, shared.results) {
            let alone = Result { () throws(DataError) in try SampleSummary(family: family, values: values) }
            switch (result, alone) {
            case (.failure(let sharedError), .failure(let aloneError)):
                #expect(sharedError == aloneError, "\(family)")
            case (.success(let sharedSummary), .success(let aloneSummary)):
                #expect(sharedSummary.family == family)
                let sharedFit = Result { () throws(DataError) in try MaximumLikelihood.fit(sharedSummary) }
                let aloneFit = Result { () throws(DataError) in try MaximumLikelihood.fit(aloneSummary) }
                switch (sharedFit, aloneFit) {
                case (.success(let a), .success(let b)):
                    #expect(a.estimates.map(Self.numbers) == b.estimates.map(Self.numbers), "\(family)")
                    #expect(a.logLikelihood == b.logLikelihood, "\(family)")
                    compared += 1
                case (.failure(let a), .failure(let b)):
                    #expect(a == b, "\(family)")
                default:
                    Issue.record("\(family): one summary fits and the other does not")
                }
            default:
                Issue.record("\(family): shared \(result), alone \(alone)")
            }
        }
        #expect(compared >= 3)
    }

    /// An estimate's numbers as bit patterns, so that a NaN standard error equals itself.
    static func numbers(_ estimate: ParameterEstimate) -> [UInt64] {
        [
            estimate.value, estimate.standardError, estimate.waldInterval.lower, estimate.waldInterval.upper,
            estimate.likelihoodRatioInterval?.lower ?? 0, estimate.likelihoodRatioInterval?.upper ?? 0,
        ].map(\.bitPattern)
    }

    /// A family whose support a value leaves is removed at that value's line; the rest go on.
    @Test func aValueOutsideOneSupportRemovesOnlyThatFamily() throws {
        var shared = SampleSummaries(families: [.normal, .gamma, .poisson])
        for (offset, x) in [2.0, 3.0, -1.0, 4.5].enumerated() { shared.add(x, line: offset + 1) }
        let results = shared.results
        #expect(try results[0].get().count == 4)
        #expect(throws: DataError.outsideSupport(value: -1, line: 3, family: "gamma", support: .positiveReals)) {
            try results[1].get()
        }
        #expect(throws: DataError.outsideSupport(value: -1, line: 3, family: "poisson", support: .counts)) {
            try results[2].get()
        }
    }
}
