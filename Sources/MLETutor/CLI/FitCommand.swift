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

            """ + "\n" + ModelOptions.familiesHelp
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var formula: FormulaModelOptions

    /// The data file, or - for standard input.
    var file: String { model.positionals.first ?? "-" }

    @OptionGroup var columnOption: ColumnOption
    /// The column of a comma-separated file to read, if one was named.
    var column: Int? { columnOption.number }

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Right-censored survival times: this column (from 1) holds 1 for a censored time, 0 for an observed event; needs --column for the times. Fits exponential, weibull, lognormal or gamma.",
            valueName: "column"))
    var censored: Int?

    @Flag(help: "Print one JSON object instead of a table (with --compare, a JSON array).")
    var json = false

    @Option(
        help: ArgumentHelp(
            "Fit several families and rank them by AIC: a list such as normal,lognormal,gamma,weibull, or 'auto' for the usual families for these data (counts, positive values, proportions between 0 and 1, or real values). Count families and density families are ranked apart, as their AICs are not comparable. The data file then takes the distribution's place.",
            valueName: "families"))
    var compare: String?

    @Flag(
        help:
            "Draw the data with the fitted density (or mass) over it, a Q-Q plot (P-P for counts), and a goodness-of-fit test per family."
    )
    var plot = false

    @Option(help: "Width of the --plot drawing in characters.")
    var width = 80

    @Option(
        help:
            "Height of the --plot drawing in lines, its test lines included (under 80 columns the two panels are stacked and take at least 16 lines)."
    )
    var height = 24

    @Flag(help: "Draw --plot with ASCII characters only.")
    var ascii = false

    /// The drawing's size when --plot was given.
    var plotSize: PlotSize? { plot ? PlotSize(width: width, height: height) : nil }

    var family: Family { model.family }
    var fixed: [String: Double] { model.fixed }

    func validate() throws {
        if censored != nil, formula.isGiven || compare != nil {
            throw ValidationError("--censored fits one distribution, not with --compare or --model")
        }
        if formula.isGiven {
            guard compare == nil else { throw ValidationError("give --compare or --model, not both") }
            // With --model the first word is the data file, as `fit --model EXPR --start … FILE` reads.
            if let held = model.words.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
                throw ValidationError(
                    "--model takes no fixed parameters (got '\(VisibleText.shortened(held))'): write a known value into the formula instead"
                )
            }
            if model.distribution != nil {
                guard model.model == nil else { throw ValidationError("give a distribution or --model, not both") }
                guard formula.dataFile == nil, model.words.isEmpty else {
                    throw ValidationError("give one data file, as FILE or with --file")
                }
            }
            return
        }
        guard (40...400).contains(width), (16...200).contains(height) else {
            throw ValidationError("--width must be 40 to 400 and --height 16 to 200, got \(width)×\(height)")
        }
        if let compare {
            if !model.words.isEmpty {
                throw ValidationError(
                    "with --compare give only the data file: \(model.words.joined(separator: " ")) does not apply")
            }
            if compare != "auto" {
                do { _ = try ComparisonSession.families(compare, trials: model.trials) } catch {
                    throw ValidationError(error.message)
                }
            }
            return
        }
        try model.validateFamily()
        if model.positionals.count > 1 {
            throw ValidationError("give one data file, not \(model.positionals.joined(separator: " "))")
        }
        if let censored { try validateCensored(censored) }
    }

    /// `--censored` needs `--column` and a continuous positive family it can fit, and no other mode.
    private func validateCensored(_ flagColumn: Int) throws {
        guard flagColumn >= 1 else { throw ValidationError("--censored counts columns from 1, got \(flagColumn)") }
        guard let column else {
            throw ValidationError(
                "--censored needs --column: the column of the times (the flags are in column \(flagColumn))")
        }
        guard column != flagColumn else {
            throw ValidationError("--censored and --column name the same column \(column)")
        }
        guard CensoredLikelihood.familyNames.contains(family.name) else {
            throw ValidationError(
                "--censored fits the continuous positive families \(CensoredLikelihood.familyList), not \(family.name)"
            )
        }
        guard fixed.isEmpty, !plot else {
            throw ValidationError("--censored cannot be combined with fixed parameters or --plot")
        }
    }

    /// The data file named on the command line (`-` included), or nil for none.
    private var namedDataFile: String? {
        formula.isGiven
            ? formula.dataFile ?? model.distribution : compare == nil ? model.positionals.first : model.distribution
    }

    func run() throws {
        // With no file named and a person at the keyboard, reading would wait without a word.
        if namedDataFile == nil && isatty(STDIN_FILENO) == 1 {
            throw ValidationError(
                "give the data as a FILE or on standard input (… | mletutor fit …); - reads numbers typed here, ended by Ctrl-D"
            )
        }
        let path = namedDataFile ?? "-"
        let outcome: FitSession.Outcome
        do {
            let source = try FileSource(path: path)
            defer { source.close() }
            if let expression = formula.expression {
                let session = FormulaFitSession(
                    expression: expression, start: formula.startValues, format: columnOption.format, json: json)
                outcome = session.run(source, name: source.name)
            } else if let censored, column != nil {
                outcome = CensoredFitSession(
                    family: family, format: columnOption.format, flagColumn: censored, json: json
                ).run(source, name: source.name)
            } else if let compare {
                let families = compare == "auto" ? nil : try ComparisonSession.families(compare, trials: model.trials)
                outcome = ComparisonSession(
                    families: families, format: columnOption.format, json: json, plot: plotSize,
                    options: DisplayOptions(unicode: !ascii, color: false)
                ).run(source, name: source.name)
            } else {
                outcome = FitSession(
                    family: family, fixed: fixed, format: columnOption.format, json: json, plot: plotSize,
                    options: DisplayOptions(unicode: !ascii, color: false)
                ).run(source, name: source.name)
            }
        } catch {
            outcome = FitSession.failure(error, name: path)
        }
        StandardStreams.out(outcome.standardOutput)
        StandardStreams.err(outcome.standardError)
        if outcome.status != 0 { throw ExitCode(outcome.status) }
        try StandardStreams.finish()
    }
}
