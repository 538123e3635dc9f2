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

    @Argument(help: "The data file, or - for standard input.")
    var file: String = "-"

    @OptionGroup var columnOption: ColumnOption
    /// The column of a comma-separated file to read, if one was named.
    var column: Int? { columnOption.number }

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    var family: Family { model.family }
    var fixed: [String: Double] { model.fixed }

    func run() throws {
        let session = FitSession(family: family, fixed: fixed, format: columnOption.format, json: json)
        let outcome: FitSession.Outcome
        do {
            let source = try FileSource(path: file)
            defer { source.close() }
            outcome = session.run(source, name: source.name)
        } catch {
            outcome = FitSession.failure(error, name: file)
        }
        StandardStreams.out(outcome.standardOutput)
        StandardStreams.err(outcome.standardError)
        if outcome.status != 0 { throw ExitCode(outcome.status) }
        try StandardStreams.finish()
    }
}
