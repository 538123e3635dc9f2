/// Something wrong with a dataset, with the exact message a learner sees.
///
/// `line` is the 1-based line of the input; `message` is the text after `file:line: error: `.
public enum DataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No values at all.
    case emptySample
    /// A token that does not parse as a number.
    case notANumber(text: String, line: Int)
    /// NaN or ±∞.
    case notFinite(text: String, line: Int)
    /// A number the family cannot produce.
    case outsideSupport(value: Double, line: Int, family: String, support: Support)
    /// A Bernoulli value other than 0 or 1.
    case notZeroOrOne(value: Double, line: Int)
    /// A fractional value for a family of counts.
    case notWholeNumber(value: Double, line: Int, family: String)
    /// A CSV row without the requested column.
    case missingColumn(column: Int, line: Int, columnsFound: Int)
    /// Fewer values than the fit needs.
    case tooFewValues(family: String, needed: Int, found: Int)
    /// A parameter held at a value that rules out some of the data (Pareto's xm above min x).
    case excludedByFixedParameter(name: String, value: Double, minimum: Double)
    /// Every value is the same, which makes the likelihood unbounded or the estimate degenerate;
    /// `consequence` says which.
    case allValuesEqual(value: Double, count: Int, consequence: String)
    /// So many values equal one value that the likelihood is unbounded (Student-t with σ → 0 at
    /// the tie; with few enough values a single value is enough); `consequence` says why and what to do.
    case tiedValues(value: Double, count: Int, sampleSize: Int, consequence: String)
    /// An estimate too large (or too close to 0 in its reciprocal) for a double.
    case estimateOutOfRange(parameter: String)
    /// Values that differ, but by more than the largest double (their differences overflow) or by
    /// less than the smallest normal double (their differences underflow), so their spread, and
    /// the estimates built on it, cannot be computed.
    case spreadOutOfRange(minimum: Double, maximum: Double)
    /// A parameter held at a value where the log-likelihood of the data is not a finite number
    /// (beyond double precision), so nothing can be estimated or compared.
    case fixedValueBeyondPrecision(name: String, value: Double)
    /// Values that differ, yet the likelihood has no finite interior maximum; `consequence` says why.
    case noInteriorMaximum(minimum: Double, maximum: Double, count: Int, consequence: String)

    /// The 1-based input line the error is on, if it is about one line.
    public var line: Int? {
        switch self {
        case .notANumber(_, let line), .notFinite(_, let line), .outsideSupport(_, let line, _, _),
            .notZeroOrOne(_, let line), .notWholeNumber(_, let line, _), .missingColumn(_, let line, _):
            return line
        case .emptySample, .tooFewValues, .allValuesEqual, .tiedValues, .excludedByFixedParameter,
            .estimateOutOfRange, .spreadOutOfRange, .noInteriorMaximum, .fixedValueBeyondPrecision:
            return nil
        }
    }

    /// What is wrong, and what would be accepted.
    public var message: String {
        switch self {
        case .emptySample:
            return "no data: the sample is empty"
        case .notANumber(let text, _):
            return "'\(text)' is not a number"
        case .notFinite(let text, _):
            return "'\(text)' is not a finite number"
        case .outsideSupport(let value, _, let family, let support):
            return "\(plain(value)) is outside the support of the \(family) distribution (\(support))"
        case .notZeroOrOne(let value, _):
            return "bernoulli data must be 0 or 1, found \(plain(value))"
        case .notWholeNumber(let value, _, let family):
            return "\(family) data must be whole numbers, found \(plain(value))"
        case .missingColumn(let column, _, let found):
            return "no column \(column): the row has \(found) column\(found == 1 ? "" : "s")"
        case .tooFewValues(let family, let needed, let found):
            return "too few values: a \(family) fit needs at least \(needed), found \(found)"
        case .excludedByFixedParameter(let name, let value, let minimum):
            return
                "\(name) = \(plain(value)) rules out the smallest value, \(plain(minimum)): the support is x ≥ \(name)"
        case .allValuesEqual(let value, let count, let consequence):
            return "all \(count) values equal \(plain(value)): \(consequence)"
        case .tiedValues(let value, let count, let sampleSize, let consequence):
            return count == 1
                ? "only \(sampleSize) values: \(consequence)"
                : "\(count) of the \(sampleSize) values equal \(plain(value)): \(consequence)"
        case .estimateOutOfRange(let parameter):
            return
                "the estimate of \(parameter) is beyond the largest number a double holds (about 1.8e308); rescale the data (change their unit) and fit again"
        case .spreadOutOfRange(let minimum, let maximum):
            let reason =
                (maximum - minimum).isFinite
                ? "differ by less than the smallest normal double (about 2.2e-308)"
                : "differ by more than the largest double (about 1.8e308)"
            return
                "the values run from \(plain(minimum)) to \(plain(maximum)) and \(reason), so their spread and the estimates cannot be computed; rescale the data (change their unit) and fit again"
        case .fixedValueBeyondPrecision(let name, let value):
            return
                "with \(name) held at \(plain(value)) the log-likelihood of these data is beyond double precision (not a finite number), so nothing can be estimated or compared; hold \(name) at a value nearer the scale of the data"
        case .noInteriorMaximum(let minimum, let maximum, let count, let consequence):
            return "the \(count) values (from \(plain(minimum)) to \(plain(maximum))) have no maximum: \(consequence)"
        }
    }

    /// `message`, prefixed with `line N: ` when there is a line.
    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}

/// A number as a learner would write it: `3` rather than `3.0`, otherwise Swift's shortest form.
func plain(_ value: Double) -> String {
    if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
}

/// `value` rounded to `digits` significant digits, then as `plain` writes it: 2.507 for √(2π).
func plain(_ value: Double, significantDigits digits: Int) -> String {
    guard value.isFinite, value != 0 else { return plain(value) }
    let exponent = Int(Double.log10(Swift.abs(value)).rounded(.down))
    let scale = Double.pow(10, Double(digits - 1 - exponent))
    let rounded = (value * scale).rounded() / scale
    // Rounding up past the largest double (1.798e308) would be infinite: cut toward 0 there.
    return plain(rounded.isFinite ? rounded : (value * scale).rounded(.towardZero) / scale)
}
