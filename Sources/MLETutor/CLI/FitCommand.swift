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

    /// The families on the command line.
    enum DistributionName: String, ExpressibleByArgument, CaseIterable {
        case normal, bernoulli, binomial, exponential, poisson, gamma
    }

    @Argument(help: "The distribution to fit.")
    var distribution: DistributionName

    @Argument(help: "The data file, or - for standard input.")
    var file: String = "-"

    @Option(help: "Trials per observation (binomial only).")
    var trials: Int?

    @Option(help: "Hold the normal mean at this value.") var mu: Double?
    @Option(help: "Hold the normal standard deviation at this value.") var sigma: Double?
    @Option(help: "Hold the bernoulli or binomial success probability at this value.") var p: Double?
    @Option(help: "Hold the exponential or poisson rate at this value.") var lambda: Double?
    @Option(help: "Hold the gamma shape at this value.") var alpha: Double?
    @Option(help: "Hold the gamma rate at this value.") var beta: Double?

    @Option(help: "Read this column (numbered from 1) of a comma-separated file; a header row is allowed.")
    var column: Int?

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    var family: Family {
        switch distribution {
        case .normal: return .normal
        case .bernoulli: return .bernoulli
        case .binomial: return .binomial(trials: trials ?? 1)
        case .exponential: return .exponential
        case .poisson: return .poisson
        case .gamma: return .gamma
        }
    }

    /// The fixed parameters given on the command line, by name.
    var fixed: [String: Double] {
        let given: [(String, Double?)] = [("mu", mu), ("sigma", sigma), ("p", p), ("lambda", lambda), ("alpha", alpha), ("beta", beta)]
        return Dictionary(uniqueKeysWithValues: given.compactMap { name, value in value.map { (name, $0) } })
    }

    func validate() throws {
        if distribution == .binomial {
            guard let trials else { throw ValidationError("binomial needs --trials N, the number of trials per observation") }
            guard trials >= 1 else { throw ValidationError("--trials must be at least 1, got \(trials)") }
        } else if trials != nil {
            throw ValidationError("--trials applies to binomial only")
        }
        if let column, column < 1 { throw ValidationError("--column counts from 1, got \(column)") }
        let names = family.parameterNames
        for (name, value) in fixed.sorted(by: { $0.key < $1.key }) {
            guard names.contains(name) else {
                throw ValidationError("--\(name) is not a parameter of \(family.name) (its parameters: \(names.joined(separator: ", ")))")
            }
            guard family.allows(value, for: name) else {
                let range = name == "p" ? "between 0 and 1" : "greater than 0"
                throw ValidationError("--\(name) must be \(range), got \(value)")
            }
        }
        if fixed.count == names.count {
            throw ValidationError("every parameter of \(family.name) is fixed: leave at least one to estimate")
        }
    }

    func run() throws {
        let session = FitSession(family: family, fixed: fixed, column: column, json: json)
        let outcome: FitSession.Outcome
        do {
            let source = try FileSource(path: file)
            defer { source.close() }
            outcome = session.run(source, name: source.name)
        } catch {
            outcome = FitSession.Outcome(standardError: "\(error)\n", status: FitSession.noInputStatus)
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
