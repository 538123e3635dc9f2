import MLECore

/// One run of `fit` with its I/O made explicit: reads a source, fits, and returns what goes to
/// standard output and standard error and the exit status, so tests run it on memory.
struct FitSession {
    /// What the command prints and how it exits.
    struct Outcome: Equatable {
        var standardOutput = ""
        var standardError = ""
        var status: Int32 = 0
    }

    /// Exit status for bad input data (sysexits' EX_DATAERR).
    static let dataErrorStatus: Int32 = 65
    /// Exit status for an input that cannot be read (EX_NOINPUT).
    static let noInputStatus: Int32 = 66

    let family: Family
    let fixed: [String: Double]
    let column: Int?
    let json: Bool

    /// Fits the numbers in `source`, named `name` in messages.
    func run(_ source: some ByteSource, name: String) -> Outcome {
        var summary = SampleSummary(family: family)
        var reader = NumberReader(source, column: column)
        do {
            try reader.forEachNumber { value, line in try summary.add(value, line: line) }
            let result = try MaximumLikelihood.fit(summary, fixed: fixed)
            let text = json ? FitReport.json(result) : FitReport.table(result, source: name)
            return Outcome(standardOutput: text)
        } catch let error as DataError {
            let location = error.line.map { "\(name):\($0)" } ?? name
            return Outcome(standardError: "\(location): error: \(error.message)\n", status: Self.dataErrorStatus)
        } catch {
            return Outcome(standardError: "\(error)\n", status: Self.noInputStatus)
        }
    }
}
