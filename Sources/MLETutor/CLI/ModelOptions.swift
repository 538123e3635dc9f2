import ArgumentParser
import MLECore

/// The model on the command line, shared by `fit` and `explore`: the distribution, its number of
/// trials when it takes them, and any parameters held at known values (`--mu -1`, `--sigma=2`).
///
/// The families, their parameters and the checks on them all come from `FamilyRegistry`: a new
/// family brings its own options. The data file is read from the same words, since a parameter's
/// value may look like an option (`--mu -1`).
struct ModelOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "The distribution (with 'fit --compare', the data file; none with --model).", valueName: "distribution"),
        completion: .list(FamilyRegistry.names))
    var distribution: String?

    // Unconditional, so `--trials -1` reaches `validateFamily` and its message.
    @Option(parsing: .unconditional, help: "Trials per observation (binomial only).")
    var trials: Int?

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "The data file (- or none for standard input in fit), and any parameters to hold fixed as --NAME VALUE.",
            valueName: "file-and-parameters"))
    var words: [String] = []

    /// The named family's description; nil for a name no family has (`validateFamily` says so).
    var model: (any FamilyDescription)? { distribution.flatMap { FamilyRegistry.description(named: $0) } }

    /// The family named.
    ///
    /// - Precondition: `validateFamily()` passed.
    var family: Family {
        guard let model else { preconditionFailure("unknown family '\(distribution ?? "")'") }
        return Family(model, trials: model.takesTrials ? trials ?? 1 : nil)
    }

    /// The fixed parameters given on the command line, by name.
    var fixed: [String: Double] {
        guard model != nil else { return [:] }
        return (try? Self.read(words, family: family).fixed) ?? [:]
    }

    /// The words that are not parameters: the data file, if one was named.
    var positionals: [String] {
        guard model != nil else { return words }
        return (try? Self.read(words, family: family).positionals) ?? []
    }

    /// Checks the family, its trials and the fixed parameters; `fit` and `explore` call it (not
    /// `fit --compare`, whose first word is the file).
    func validateFamily() throws {
        guard let distribution else { throw ValidationError("name a distribution, or give --model") }
        guard let model else {
            throw ValidationError(
                "unknown distribution '\(distribution)'"
                    + suggestion(for: distribution, among: FamilyRegistry.names, listedAs: "families"))
        }
        if model.takesTrials {
            guard let trials else {
                throw ValidationError("\(model.name) needs --trials N, the number of trials per observation")
            }
            guard trials >= 1 else { throw ValidationError("--trials must be at least 1, got \(trials)") }
        } else if trials != nil {
            throw ValidationError(
                "--trials applies to \(FamilyRegistry.all.filter(\.takesTrials).map(\.name).joined(separator: ", ")) only"
            )
        }
        let read = try Self.read(words, family: family)
        if read.fixed.count == family.parameterNames.count {
            throw ValidationError("every parameter of \(family.name) is fixed: leave at least one to estimate")
        }
    }

    /// The fixed parameters and the other words, each parameter checked against the family.
    static func read(_ words: [String], family: Family) throws -> (fixed: [String: Double], positionals: [String]) {
        var fixed: [String: Double] = [:]
        var positionals: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("-"), word != "-" else {
                positionals.append(word)
                continue
            }
            let body = word.drop { $0 == "-" }
            let name = String(body.prefix { $0 != "=" })
            guard word.hasPrefix("--"), FamilyRegistry.parameterNames.contains(name) else {
                throw ValidationError("unknown option '\(word)'")
            }
            let text: String
            if let equals = body.firstIndex(of: "=") {
                text = String(body[body.index(after: equals)...])
            } else {
                guard index < words.count else { throw ValidationError("--\(name) needs a value") }
                text = words[index]
                index += 1
            }
            guard let parameter = family.model.parameter(name) else {
                throw ValidationError(
                    "--\(name) is not a parameter of \(family.name) (its parameters: \(family.parameterNames.joined(separator: ", ")))"
                )
            }
            guard let value = Double(text) else {
                throw ValidationError("--\(name) must be \(parameter.domain.requirement), got '\(text)'")
            }
            if let violation = parameter.domain.violation(value) {
                throw ValidationError("--\(name) must be \(violation), got \(text)")
            }
            guard fixed.updateValue(value, forKey: name) == nil else {
                throw ValidationError("--\(name) is given twice")
            }
        }
        return (fixed, positionals)
    }

    /// The families and the parameters each can hold fixed, for the commands' help, spelled in
    /// ASCII: help is read in any terminal, and the man page generator drops other characters.
    static var familiesHelp: String {
        var lines = ["Families, and the parameters each can hold fixed with --NAME VALUE:"]
        for model in FamilyRegistry.all {
            lines.append("\(model.name): \(model.title)")
            lines.append("  fitted by: \(model.estimation)")
            for parameter in model.parameters {
                lines.append(
                    "  --\(parameter.name): \(parameter.symbol), \(parameter.meaning), \(parameter.domain.requirement)")
            }
        }
        return ASCIITransliteration.apply(lines.joined(separator: "\n"))
    }
}
