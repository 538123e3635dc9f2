import MLECore

/// A dataset with the likelihood of its free parameters and its maximum likelihood fit, as the
/// explorer pages show them. Every number on those pages comes from here, that is from MLECore.
///
/// The values themselves are kept when they are few (a lesson's data, a `--data` list) so they
/// can be shown and edited; a file is only summarised, so the pages cost the same for a million
/// values as for ten.
struct LikelihoodModel: Sendable {
    let fixed: [String: Double]
    /// The observations in order, when kept.
    private(set) var values: [Double]?
    private(set) var summary: SampleSummary
    private(set) var problem: AnyLikelihoodProblem
    /// The fit, or nil when the likelihood has no finite maximum (say, all values equal).
    private(set) var fit: FitResult?
    /// Why there is no fit, when there is none.
    private(set) var fitError: DataError?
    /// Why there is no fit, in words, when there is none.
    var noFitReason: String? { fitError?.message }
    /// How many edits the data have had: pages showing the same data compare it to see a change.
    private(set) var revision = 0
    /// The summary before each observation added here, newest last: removing the newest
    /// observation restores it, so adding and removing cost the same whatever n is.
    private var earlierSummaries: [SampleSummary] = []

    var family: Family { summary.family }
    var parameterNames: [String] { problem.parameterNames }
    var dimension: Int { problem.dimension }

    /// - Precondition: the summary is not empty and `fixed` leaves one or two free parameters.
    init(summary: SampleSummary, fixed: [String: Double], values: [Double]? = nil) {
        precondition(summary.count > 0, "a likelihood needs at least one observation")
        self.fixed = fixed
        self.values = values
        self.summary = summary
        problem = summary.likelihood(fixing: fixed)
        (fit, fitError) = Self.fitting(summary, fixed: fixed)
    }

    /// The model of `values`, keeping them.
    init(family: Family, values: [Double], fixed: [String: Double]) throws(DataError) {
        let summary = try SampleSummary(family: family, values: values)
        guard summary.count > 0 else { throw .emptySample }
        self.init(summary: summary, fixed: fixed, values: values)
    }

    private static func fitting(_ summary: SampleSummary, fixed: [String: Double]) -> (FitResult?, DataError?) {
        do {
            return (try MaximumLikelihood.fit(summary, fixed: fixed), nil)
        } catch {
            return (nil, error)
        }
    }

    /// θ̂ of the free parameter `index`, with its standard error (NaN or 0 where it has none).
    func estimate(_ index: Int) -> ParameterEstimate? {
        fit?.estimates[index]
    }

    /// The domain of free parameter `index`, as the family describes it.
    func domain(_ index: Int) -> ParameterDomain {
        family.model.parameter(parameterNames[index])?.domain ?? .realLine
    }

    /// Whether the values are kept, so observations can be added and removed.
    var isEditable: Bool { values != nil }

    /// Adds one observation, updating the summary in constant time.
    ///
    /// - Precondition: `isEditable`.
    /// - Complexity: O(1) amortised, whatever the number of observations.
    mutating func append(_ x: Double) throws(DataError) {
        precondition(isEditable, "only kept values can be edited")
        var newSummary = summary
        try newSummary.add(x, line: summary.count + 1)
        earlierSummaries.append(summary)
        values?.append(x)
        adopt(newSummary)
    }

    /// Removes the last observation, keeping at least one; false when there was only one.
    ///
    /// - Precondition: `isEditable`.
    /// - Complexity: O(1) for an observation added here; O(n) for one of the original data,
    ///   whose summary is rebuilt (sums cannot give back a minimum or a maximum).
    @discardableResult
    mutating func removeLast() -> Bool {
        guard var kept = values, kept.count > 1 else { return false }
        kept.removeLast()
        let restored: SampleSummary
        if let earlier = earlierSummaries.popLast() {
            restored = earlier
        } else {
            guard let rebuilt = try? SampleSummary(family: family, values: kept) else { return false }
            restored = rebuilt
        }
        values = kept
        adopt(restored)
        return true
    }

    private mutating func adopt(_ newSummary: SampleSummary) {
        summary = newSummary
        problem = newSummary.likelihood(fixing: fixed)
        (fit, fitError) = Self.fitting(newSummary, fixed: fixed)
        revision += 1
    }

    /// The closed form of θ̂ with this data's numbers put in, where there is one ("7/10",
    /// "x̄ = 4.480"), as the family's description writes it; nil for the Gamma shape, which has none.
    var closedForm: String? {
        guard let value = fit?.estimates.first?.value, dimension == 1 else { return nil }
        return family.model.closedFormText(
            summary, fixed: fixed, parameter: parameterNames[0], estimate: value,
            format: { ReadoutFormat.significant($0, digits: 6) })
    }
}
