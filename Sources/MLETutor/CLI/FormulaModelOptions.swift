import ArgumentParser
import MLECore

/// `--model EXPR --start NAME=VALUE[,...]`: a model typed as the log-density of one observation x,
/// for `fit` and `explore`, instead of a named distribution.
struct FormulaModelOptions: ParsableArguments {
    @Option(
        name: .customLong("model"), parsing: .unconditional,
        help: ArgumentHelp(
            "The log-density (or log-mass) of one observation x, e.g. 'log(lambda) - lambda*x'.",
            discussion:
                "Functions: log exp sqrt abs lgamma digamma log1p expm1 sin cos min max; sum(...), mean(...) and n run over the data.",
            valueName: "EXPR"))
    var expression: String?

    @Option(help: ArgumentHelp("Start values of the model's parameters, e.g. m=0,b=1.", valueName: "NAME=VALUE[,...]"))
    var start: String?

    @Option(name: .customLong("file"), help: "The data file with --model (fit reads standard input without it).")
    var dataFile: String?

    /// Whether a formula model was given.
    var isGiven: Bool { expression != nil }

    func validate() throws {
        if start != nil && expression == nil { throw ValidationError("--start goes with --model") }
        if dataFile != nil && expression == nil { throw ValidationError("--file goes with --model") }
        if expression != nil {
            guard let start else {
                throw ValidationError("--model needs --start NAME=VALUE for each parameter, e.g. --start lambda=1")
            }
            _ = try Self.startValues(start)
        }
    }

    /// The start values in the order given.
    var startValues: [(name: String, value: Double)] { (try? Self.startValues(start ?? "")) ?? [] }

    /// `a=1,b=2` as ordered pairs.
    static func startValues(_ text: String) throws(ValidationError) -> [(name: String, value: Double)] {
        var pairs: [(name: String, value: Double)] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].trimmingSpaces
            let shown = ExpressionError.printable(String(item))
            guard parts.count == 2, !name.isEmpty else {
                throw ValidationError("--start expects NAME=VALUE items separated by commas, got '\(shown)'")
            }
            guard let value = Double(parts[1].trimmingSpaces), value.isFinite else {
                throw ValidationError(
                    "--start: '\(ExpressionError.printable(String(parts[1])))' is not a finite number")
            }
            guard !pairs.contains(where: { $0.name == name }) else {
                throw ValidationError("--start gives '\(ExpressionError.printable(name))' twice")
            }
            pairs.append((name, value))
        }
        return pairs
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
