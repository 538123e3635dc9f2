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
    let format: DataFormat
    let json: Bool
    /// Draw the data and the fit under the table, at this size.
    var plot: PlotSize? = nil
    var options = DisplayOptions()

    /// Fits the numbers in `source`, named `name` in messages.
    func run(_ source: some ByteSource, name: String) -> Outcome {
        do {
            var values: [Double] = []
            var summary = SampleSummary(family: family)
            var reader = NumberReader(source, format: format)
            try reader.forEachNumber { value, line in
                try summary.add(value, line: line)
                if plot != nil { values.append(value) }
            }
            let result = try MaximumLikelihood.fit(summary, fixed: fixed)
            var text = json ? FitReport.json(result) : FitReport.table(result, source: name)
            if let plot, !json {
                text += "\n" + FitPlot.text(values: values, fits: [result], size: plot, options: options)
            }
            let missing = reader.missing
            let note = missing.count > 0 ? "\(name): note: skipped \(missing.description)\n" : ""
            return Outcome(standardOutput: text, standardError: note)
        } catch {
            return Self.failure(error, name: name)
        }
    }

    /// The summary of the numbers in `source`, streamed: its memory does not grow with the input.
    static func summarize(_ source: some ByteSource, family: Family, format: DataFormat) throws -> SampleSummary {
        try summarizeCountingMissing(source, family: family, format: format).summary
    }

    /// The summary and the missing cells skipped on the way (with `--skip-missing`).
    static func summarizeCountingMissing(
        _ source: some ByteSource, family: Family, format: DataFormat
    ) throws -> (summary: SampleSummary, missing: MissingCells) {
        var summary = SampleSummary(family: family)
        var reader = NumberReader(source, format: format)
        try reader.forEachNumber { value, line in try summary.add(value, line: line) }
        return (summary, reader.missing)
    }

    /// What to print and how to exit when reading or fitting the data named `name` failed.
    static func failure(_ error: any Error, name: String) -> Outcome {
        if let error = error as? DataError {
            let location = error.line.map { "\(name):\($0)" } ?? name
            let hint = separatorHint(error).map { "\(location): hint: \($0)\n" } ?? ""
            return Outcome(standardError: "\(location): error: \(error.message)\n" + hint, status: dataErrorStatus)
        }
        if let error = error as? DataFileError {
            let location = error.line.map { "\(name):\($0)" } ?? name
            return Outcome(standardError: "\(location): error: \(error.message)\n", status: dataErrorStatus)
        }
        return Outcome(standardError: "\(error)\n", status: noInputStatus)
    }

    /// What to try when a cell that is not a number looks like a row of another separator
    /// (`1.5;2`, a tab) or a decimal comma (`1,5`), which the reader does not guess.
    static func separatorHint(_ error: DataError) -> String? {
        let text: String
        switch error {
        case .notANumber(let cell, _): text = cell
        case .missingColumn(_, _, let found) where found == 1:
            return "if the columns are separated by ';' or a tab, say so with --delimiter ';' (or --delimiter tab)"
        default: return nil
        }
        if text.contains(";") { return "the columns look separated by ';': give --delimiter ';' and --column K" }
        if text.contains("\t") { return "the columns look separated by tabs: give --delimiter tab and --column K" }
        let parts = text.drop { $0 == "+" || $0 == "-" }.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }) {
            return
                "a decimal comma is not read as a decimal point: write \(text.replacing(",", with: ".")), not \(text)"
        }
        return nil
    }
}
