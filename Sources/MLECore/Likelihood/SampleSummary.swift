import RealModule

/// A dataset reduced to what a family's likelihood needs: n and the sufficient statistics, built in
/// one pass with compensated sums, so values can be streamed and then forgotten.
///
/// Sums of x and x² are kept about a shift (the first value), so the sum of squared deviations does
/// not suffer the cancellation of Σx² − n·x̄². The family's description says what else is kept
/// (`SufficientStatistics`): Σ log x, the spread of log x, or Σ log h(x), the base measure of a
/// count family (−log x! for Poisson, log C(n, x) for Binomial).
///
/// - Complexity: O(1) time and memory per value.
public struct SampleSummary: Sendable {
    /// The family whose support each value was checked against.
    public let family: Family
    /// n, the number of values added.
    public private(set) var count = 0
    /// The smallest value added (+∞ before any).
    public private(set) var minimum = Double.infinity
    /// The largest value added (−∞ before any).
    public private(set) var maximum = -Double.infinity
    private var shift = 0.0
    private var shiftedSum = CompensatedSum()
    private var shiftedSquares = CompensatedSum()
    private var logs = CompensatedSum()
    private var logShift = 0.0
    private var shiftedLogSquares = CompensatedSum()
    private var logBaseMeasure = CompensatedSum()
    private var logComplements = CompensatedSum()
    private let keepsLogComplements: Bool
    private let keepsValues: Bool
    /// The values themselves, in order, for a family that keeps them (`SufficientStatistics.values`);
    /// empty otherwise.
    public private(set) var values: [Double] = []
    private let keepsLogValues: Bool
    /// log x of every value, in order, for a family that keeps them (`SufficientStatistics.logValues`);
    /// empty otherwise.
    public private(set) var logValues: [Double] = []
    private let keepsLogs: Bool
    private let keepsLogDeviations: Bool
    private let baseMeasureTrials: Int?
    /// log Γ(m + 1) for binomial data out of m trials: the part of log C(m, x) that every value
    /// shares, computed once rather than per value.
    private let logTrialsFactorial: Double

    /// An empty summary for data from `family`.
    public init(family: Family) {
        self.family = family
        let statistics = family.model.sufficientStatistics
        keepsLogDeviations = statistics.contains(.logDeviations)
        keepsLogs = statistics.contains(.logs) || keepsLogDeviations
        keepsLogComplements = statistics.contains(.logComplements)
        keepsValues = statistics.contains(.values)
        keepsLogValues = statistics.contains(.logValues)
        baseMeasureTrials = statistics.contains(.logBaseMeasure) ? family.trials ?? 0 : nil
        logTrialsFactorial = .logGamma(Double(baseMeasureTrials ?? 0) + 1)
    }

    /// The summary of `values`, line i + 1 being `values[i]`.
    ///
    /// - Throws: the first value's `DataError` from `Family.check(_:line:)`.
    public init(family: Family, values: some Sequence<Double>) throws(DataError) {
        self.init(family: family)
        var line = 0
        for x in values {
            line += 1
            try add(x, line: line)
        }
    }

    /// Checks `x` against the family's support and adds it.
    ///
    /// - Throws: `DataError` naming `line` when `x` is not a possible value.
    @inlinable
    public mutating func add(_ x: Double, line: Int) throws(DataError) {
        try family.check(x, line: line)
        addChecked(x)
    }

    @usableFromInline
    mutating func addChecked(_ x: Double) {
        if count == 0 { shift = x }
        count += 1
        minimum = Swift.min(minimum, x)
        maximum = Swift.max(maximum, x)
        let d = x - shift
        shiftedSum.add(d)
        shiftedSquares.add(d * d)
        if keepsLogs {
            let logX = Double.log(x)
            if keepsLogDeviations {
                // Kept about the first log, like x itself, so the deviations do not cancel.
                if count == 1 { logShift = logX }
                let d = logX - logShift
                logs.add(d)
                shiftedLogSquares.add(d * d)
            } else {
                logs.add(logX)
            }
        }
        if keepsLogComplements { logComplements.add(.log(onePlus: -x)) }
        if keepsValues { values.append(x) }
        if keepsLogValues { logValues.append(.log(x)) }
        if let trials = baseMeasureTrials {
            // log C(m, x) = log Γ(m + 1) − log Γ(x + 1) − log Γ(m − x + 1), as in Binomial.
            logBaseMeasure.add(
                trials == 0
                    ? -.logGamma(x + 1)
                    : logTrialsFactorial - .logGamma(x + 1) - .logGamma(Double(trials) - x + 1))
        }
    }

    /// Σx.
    public var sum: Double { Double(count) * shift + shiftedSum.value }

    /// x̄ = Σx / n.
    ///
    /// - Precondition: `count > 0`.
    public var mean: Double {
        precondition(count > 0, "the mean of an empty sample is undefined")
        return shift + shiftedSum.value / Double(count)
    }

    /// Σ(x − x̄)².
    public var sumOfSquaredDeviations: Double {
        guard count > 0 else { return 0 }
        let d = shiftedSum.value
        return Swift.max(0, shiftedSquares.value - d * d / Double(count))
    }

    /// σ̂² = Σ(x − x̄)²/n: the spread of the sample, dividing by n as the MLE of σ² does.
    ///
    /// - Precondition: `count > 0`.
    public var maximumLikelihoodVariance: Double {
        precondition(count > 0, "the variance of an empty sample is undefined")
        return sumOfSquaredDeviations / Double(count)
    }

    /// Σ log x.
    ///
    /// - Precondition: the family keeps `.logs` or `.logDeviations`.
    public var sumOfLogs: Double {
        precondition(keepsLogs, "Σ log x is kept only for families whose likelihood needs it, not \(family)")
        return keepsLogDeviations ? Double(count) * logShift + logs.value : logs.value
    }

    /// The mean of log x.
    ///
    /// - Precondition: the family keeps `.logDeviations` and the summary is not empty.
    public var meanOfLogs: Double {
        precondition(keepsLogDeviations && count > 0, "the mean of log x is kept only for lognormal-like data")
        return logShift + logs.value / Double(count)
    }

    /// Σ(log x − mean log x)².
    ///
    /// - Precondition: the family keeps `.logDeviations`.
    public var sumOfSquaredLogDeviations: Double {
        precondition(keepsLogDeviations, "Σ(log x − mean)² is kept only for lognormal-like data")
        guard count > 0 else { return 0 }
        let d = logs.value
        return Swift.max(0, shiftedLogSquares.value - d * d / Double(count))
    }

    /// Σ log(1 − x).
    ///
    /// - Precondition: the family keeps `.logComplements`.
    public var sumOfLogComplements: Double {
        precondition(keepsLogComplements, "Σ log(1 − x) is kept only for data between 0 and 1")
        return logComplements.value
    }

    /// Σ log h(x): −Σ log x! for Poisson, Σ log C(n, x) for Binomial, 0 otherwise.
    public var sumOfLogBaseMeasure: Double { logBaseMeasure.value }

    /// Whether every value added is the same.
    public var allValuesEqual: Bool { count > 0 && minimum == maximum }
}
