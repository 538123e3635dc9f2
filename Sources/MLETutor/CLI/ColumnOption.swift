import ArgumentParser

/// `--column K`: which column of a comma-separated data file to read, for `fit` and `explore`.
struct ColumnOption: ParsableArguments {
    @Option(
        name: .customLong("column"),
        help: "Read this column (numbered from 1) of a comma-separated file; a header row is allowed.")
    var number: Int?

    func validate() throws {
        if let number, number < 1 { throw ValidationError("--column counts from 1, got \(number)") }
    }
}
