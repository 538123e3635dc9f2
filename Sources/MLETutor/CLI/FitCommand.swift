import ArgumentParser
import Glibc
import MLECore

/// `mletutor fit DIST [FILE|-]`: fits a distribution to a file of numbers by maximum likelihood.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a distribution to your data by maximum likelihood.",
        discussion: """
            Reads one number per line (or one column of a CSV file with --column), skipping blank lines \
            and lines starting with '#'. Any parameter can be held at a known value, e.g. --sigma 2 or \
            --beta 0.5 (beta is a rate). Bad data stop the fit with the file and line of the problem \
            and exit status 65.
            """
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var formula: FormulaModelOptions

    @Argument(help: "The data file, or - for standard input.", completion: .file())
    var file: String = "-"

    @OptionGroup var columnOption: ColumnOption
    /// The column of a comma-separated file to read, if one was named.
    var column: Int? { columnOption.number }

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    var family: Family { model.family }
    var fixed: [String: Double] { model.fixed }

    func validate() throws {
        if formula.isGiven {
            guard model.distribution == nil else { throw ValidationError("give a distribution or --model, not both") }
        } else {
            guard model.distribution != nil else { throw ValidationError("name a distribution, or give --model") }
        }
    }

    func run() throws {
        let path = formula.isGiven ? formula.dataFile ?? "-" : file
        let outcome: FitSession.Outcome
        do {
            let source = try FileSource(path: path)
            defer { source.close() }
            if let expression = formula.expression {
                let session = FormulaFitSession(
                    expression: expression, start: formula.startValues, column: column, json: json)
                outcome = session.run(source, name: source.name)
            } else {
                let session = FitSession(family: family, fixed: fixed, column: column, json: json)
                outcome = session.run(source, name: source.name)
            }
        } catch {
            outcome = FitSession.failure(error, name: path)
        }
        write(outcome.standardOutput, to: STDOUT_FILENO)
        write(outcome.standardError, to: STDERR_FILENO)
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }

    /// Writes all of `text` with write(2), which needs no shared `FILE*` state.
    private func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
