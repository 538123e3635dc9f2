/// Summaries of one dataset for several families, built in one pass: the families whose
/// statistics combine share one `SampleSummary` that keeps what any of them needs, so each value's
/// logarithm, shift and scaled square are computed once, not once per family. A family whose base
/// measure depends on its own trials (Poisson, Binomial) keeps a summary of its own.
///
/// A value outside one family's support removes that family (its first such line is its error); the
/// others go on.
///
/// - Complexity: O(families) support checks and O(groups) summary updates per value.
public struct SampleSummaries: Sendable {
    /// The families, in the order given.
    public let families: [Family]
    private let supports: [Support]
    private var shared: [SampleSummary]
    /// The index in `shared` of each family's summary.
    private let group: [Int]
    private var failures: [DataError?]
    /// Whether some family of each group is still without a failure.
    private var groupIsLive: [Bool]

    /// Empty summaries for `families`.
    public init(families: [Family]) {
        self.families = families
        supports = families.map(\.support)
        let sharing = families.indices.filter { !families[$0].model.sufficientStatistics.contains(.logBaseMeasure) }
        var shared: [SampleSummary] = []
        var group = Array(repeating: 0, count: families.count)
        if let first = sharing.first {
            let statistics = sharing.reduce(into: SufficientStatistics()) {
                $0.formUnion(families[$1].model.sufficientStatistics)
            }
            shared.append(SampleSummary(family: families[first], statistics: statistics))
            for index in sharing { group[index] = 0 }
        }
        for index in families.indices where !sharing.contains(index) {
            group[index] = shared.count
            shared.append(SampleSummary(family: families[index]))
        }
        self.shared = shared
        self.group = group
        failures = Array(repeating: nil, count: families.count)
        groupIsLive = Array(repeating: true, count: shared.count)
    }

    /// Checks `x` against every family still in and adds it to the summaries still read.
    public mutating func add(_ x: Double, line: Int) {
        count += 1
        var failed = false
        for index in supports.indices where failures[index] == nil {
            // The support alone on the common path: copying a `Family` per value costs more than the check.
            if x.isFinite && supports[index].contains(x) { continue }
            do throws(DataError) { try families[index].check(x, line: line) } catch {
                failures[index] = error
                failed = true
            }
        }
        if failed {
            for index in shared.indices {
                groupIsLive[index] = families.indices.contains { group[$0] == index && failures[$0] == nil }
            }
        }
        for index in shared.indices where groupIsLive[index] { shared[index].addChecked(x) }
    }

    /// n, the number of values added.
    public private(set) var count = 0

    /// Each family's summary, or the error of its first value outside its support, in order.
    public var results: [Result<SampleSummary, DataError>] {
        families.indices.map { index in
            if let failure = failures[index] { return .failure(failure) }
            return .success(shared[group[index]].relabelled(as: families[index]))
        }
    }
}
