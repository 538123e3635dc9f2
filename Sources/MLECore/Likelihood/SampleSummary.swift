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
    public private(set) var family: Family
    /// n, the number of values added.
    public private(set) var count = 0
    /// The smallest value added (+∞ before any).
    public private(set) var minimum = Double.infinity
    /// The largest value added (−∞ before any).
    public private(set) var maximum = -Double.infinity
    private var shift = 0.0
    private var shiftedSum = CompensatedSum()
    /// Σ(d/s)² for d = x − shift, with s a power of two at least every |d| seen: the squares can
    /// neither overflow (values near 1e300) nor underflow (values near 1e-300).
    private var scaledSquares = CompensatedSum()
    private var squareScale = 0.0
    private var inverseSquareScale = 0.0
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
    /// Σ log(x/shift) (Gamma only): small terms when the values are close together.
    private var shiftedLogs = CompensatedSum()
    /// For Poisson data, Loader's saddle-point form of ℓ (see `poissonLogLikelihood(_:)`):
    /// s, the first positive value; Σ x log(x/s); and Σ [δ(x) + ½ log 2πx] over positive x.
    private var saddleShift = 0.0
    private var shiftedXLogX = CompensatedSum()
    private var stirlingTerms = CompensatedSum()
    /// For binomial data out of m trials, the same form: s and t, the first positive x and m − x;
    /// Σ x log(x/s) and Σ (m − x) log((m − x)/t); and Σ [δ(x) + δ(m − x) − δ(m) + ½ log(2πx(m − x)/m)]
    /// over 0 < x < m.
    private var successShift = 0.0
    private var failureShift = 0.0
    private var shiftedSuccessLogs = CompensatedSum()
    private var shiftedFailureLogs = CompensatedSum()
    /// Σ (m − x) as stored (m − x rounds for m near 1e16) and Σ [(m − (m − x)) − x], the exact
    /// rounding of those differences, so ℓ is evaluated consistently for the stored counts.
    private var failureSum = CompensatedSum()
    private var failureRounding = CompensatedSum()
    private let keepsLogs: Bool
    private let keepsLogDeviations: Bool
    private let baseMeasureTrials: Int?
    /// log Γ(m + 1) for binomial data out of m trials: the part of log C(m, x) that every value
    /// shares, computed once rather than per value.
    private let logTrialsFactorial: Double

    /// An empty summary for data from `family`.
    public init(family: Family) {
        self.init(family: family, statistics: family.model.sufficientStatistics)
    }

    /// An empty summary for data from `family` that keeps `statistics` (at least the family's own),
    /// so that families needing different sums can share it (`SampleSummaries`).
    init(family: Family, statistics: SufficientStatistics) {
        self.family = family
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
        let size = Swift.abs(d)
        // (A difference beyond the largest double, as between −1.7e308 and 1.7e308, leaves the
        // scale alone: the spread is then infinite and the fit reports it out of range.)
        if size >= squareScale && size > 0 && size.isFinite {
            // Scaling by a ratio of powers of two is exact.
            let scale = Double(sign: .plus, exponent: Swift.min(size.exponent + 1, 1023), significand: 1)
            let ratio = squareScale / scale
            scaledSquares = scaledSquares.scaled(by: ratio * ratio)
            squareScale = scale
            inverseSquareScale = 1 / scale
        }
        let scaled = d * inverseSquareScale
        scaledSquares.add(scaled * scaled)
        // One logarithm per value, whichever statistics read it.
        let logX = keepsLogs || keepsLogValues ? Double.log(x) : 0
        if keepsLogs {
            if keepsLogDeviations {
                // Kept about the first log, like x itself, so the deviations do not cancel.
                if count == 1 { logShift = logX }
                let logDeviation = logX - logShift
                logs.add(logDeviation)
                shiftedLogSquares.add(logDeviation * logDeviation)
            } else {
                logs.add(logX)
            }
            // log1p where x is near the shift (where log x − log x₁ would cancel), a plain log of
            // the ratio elsewhere (where 1 + d/x₁ near 0 would lose the ratio's digits).
            let relative = d / shift
            shiftedLogs.add(Swift.abs(relative) < 0.5 ? .log(onePlus: relative) : .log(x / shift))
        }
        if keepsLogComplements { logComplements.add(.log(onePlus: -x)) }
        if keepsValues { values.append(x) }
        if keepsLogValues { logValues.append(logX) }
        if baseMeasureTrials == 0 && x > 0 {
            if saddleShift == 0 { saddleShift = x }
            shiftedXLogX.add(x * .log(x / saddleShift))
            stirlingTerms.add(Saddlepoint.stirlingError(x) + 0.5 * .log(2 * .pi * x))
        }
        if let trials = baseMeasureTrials, trials > 0 {
            let m = Double(trials)
            let failures = m - x
            failureSum.add(failures)
            failureRounding.add((m - failures) - x)
            if x > 0 {
                if successShift == 0 { successShift = x }
                shiftedSuccessLogs.add(x * .log(x / successShift))
            }
            if failures > 0 {
                if failureShift == 0 { failureShift = failures }
                shiftedFailureLogs.add(failures * .log(failures / failureShift))
            }
            if x > 0 && failures > 0 {
                stirlingTerms.add(
                    Saddlepoint.stirlingError(x) + Saddlepoint.stirlingError(failures) - Saddlepoint.stirlingError(m)
                        + 0.5 * .log(2 * .pi * x * (failures / m)))
            }
        }
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

    /// Σ(x − x̄)² (+∞ when it exceeds the largest double; `maximumLikelihoodStandardDeviation`
    /// is finite for every finite sample).
    public var sumOfSquaredDeviations: Double {
        squareScale * squareScale * scaledSumOfSquaredDeviations
    }

    /// Σ(x − x̄)² / s² for the power of two s the squares are kept at.
    private var scaledSumOfSquaredDeviations: Double {
        guard count > 0, squareScale > 0 else { return 0 }
        let d = shiftedSum.value * inverseSquareScale
        return Swift.max(0, scaledSquares.value - d * d / Double(count))
    }

    /// σ̂ = √(Σ(x − x̄)²/n), computed without forming the squares, so it is accurate for
    /// values from 1e-300 to 1e300.
    ///
    /// - Precondition: `count > 0`.
    public var maximumLikelihoodStandardDeviation: Double {
        precondition(count > 0, "the spread of an empty sample is undefined")
        return squareScale * (scaledSumOfSquaredDeviations / Double(count)).squareRoot()
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

    /// s = log x̄ − mean(log x) (Gamma only), computed about the first value as
    /// log(x̄/x₁) − mean(log(x/x₁)) so that it keeps its relative accuracy when the values are
    /// close together (Gamma shapes up to 1e6 and beyond), where log x̄ − mean(log x) cancels.
    ///
    /// - Precondition: the family is Gamma and `count > 0`.
    public var logMeanRatio: Double {
        precondition(keepsLogs && count > 0, "log x̄ − mean(log x) is kept only for gamma data")
        let n = Double(count)
        let relative = shiftedSum.value / n / shift
        let logMeanOverShift = Swift.abs(relative) < 0.5 ? Double.log(onePlus: relative) : .log(mean / shift)
        return Swift.max(0, logMeanOverShift - shiftedLogs.value / n)
    }

    /// Σ log h(x): −Σ log x! for Poisson, Σ log C(n, x) for Binomial, 0 otherwise.
    public var sumOfLogBaseMeasure: Double { logBaseMeasure.value }

    /// The Poisson log-likelihood ℓ(λ) = Σ log p(xᵢ; λ) in Loader's saddle-point form,
    /// −Σ[δ(xᵢ) + ½ log 2πxᵢ] − Σ bd0(xᵢ, λ), with Σ bd0(xᵢ, λ) = Σ xᵢ log(xᵢ/s) − Σx log(λ/s)
    /// + n(λ − x̄): each part is small when the counts are near one another, so ℓ keeps its
    /// relative accuracy for counts up to 1e15, where Σx log λ − nλ − Σ log x! keeps none.
    ///
    /// - Precondition: Poisson data, λ > 0.
    public func poissonLogLikelihood(_ lambda: Double) -> Double {
        precondition(family == .poisson, "the saddle-point form is for Poisson data")
        let n = Double(count)
        guard saddleShift > 0 else { return -n * lambda }
        let total = sum
        let logRatio = Double.log(onePlus: (lambda - saddleShift) / saddleShift)
        let deviances = shiftedXLogX.value - total * logRatio + n * (lambda - mean)
        return -stirlingTerms.value - deviances
    }

    /// The binomial log-likelihood ℓ(p) = Σ log p(xᵢ; m, p) in Loader's saddle-point form:
    /// −Σ[δ terms] − Σ x log(x/s) − Σ (m − x) log((m − x)/t) + k log(mp/s) + (N − k) log(mq/t),
    /// k = Σx, N = nm (the linear parts of the deviances cancel exactly), so ℓ keeps its relative
    /// accuracy for trials up to 1e16.
    ///
    /// - Precondition: binomial data, 0 ≤ p ≤ 1.
    public func binomialLogLikelihood(_ p: Double) -> Double {
        guard family.name == "binomial", let trials = family.trials else {
            preconditionFailure("the saddle-point form is for binomial data")
        }
        let m = Double(trials)
        let k = sum
        let failures = failureSum.value
        var result = -stirlingTerms.value - shiftedSuccessLogs.value - shiftedFailureLogs.value - failureRounding.value
        if k > 0 { result += k * Self.logRatio(m * p - successShift, successShift, m * p) }
        if failures > 0 {
            // m(1 − p) − t = (m − t) − mp, with m − t exact: no rounding of 1 − p is magnified.
            let mq = m * (1 - p)
            result += failures * Self.logRatio((m - failureShift) - m * p, failureShift, mq)
        }
        return result
    }

    /// log(a/b) given a − b and a: by log1p when a is near b.
    private static func logRatio(_ difference: Double, _ b: Double, _ a: Double) -> Double {
        let relative = difference / b
        return Swift.abs(relative) < 0.5 ? .log(onePlus: relative) : .log(a / b)
    }

    /// The same summary read as data from `family`, whose statistics it keeps (`SampleSummaries`).
    func relabelled(as family: Family) -> SampleSummary {
        var copy = self
        copy.family = family
        return copy
    }

    /// Whether every value added is the same.
    public var allValuesEqual: Bool { count > 0 && minimum == maximum }
}
