import ArgumentParser

/// `--column K`, `--delimiter` and `--skip-missing`: how `fit` and `explore` read a data file.
struct ColumnOption: ParsableArguments {
    // Unconditional, so `--column -1` reaches `validate` and its message rather than being read as an option.
    @Option(
        name: .customLong("column"), parsing: .unconditional,
        help: "Read this column (numbered from 1) of a delimited file; a header row is allowed.")
    var number: Int?

    @Option(help: "The field separator with --column: comma (the default), tab or semicolon; ',' and ';' also work.")
    var delimiter: String = "comma"

    @Flag(
        name: .customLong("skip-missing"),
        help: "Leave out missing cells (empty or NA), counting them, instead of stopping.")
    var skipMissing = false

    /// The delimiter byte for a spelling `--delimiter` accepts, or nil.
    static func delimiterByte(_ spelling: String) -> UInt8? {
        switch spelling.lowercased() {
        case "comma", ",": return UInt8(ascii: ",")
        case "tab", "\\t", "\t": return UInt8(ascii: "\t")
        case "semicolon", ";": return UInt8(ascii: ";")
        default: return nil
        }
    }

    /// The layout these options describe.
    var format: DataFormat {
        DataFormat(
            column: number, delimiter: Self.delimiterByte(delimiter) ?? UInt8(ascii: ","), skipMissing: skipMissing)
    }

    func validate() throws {
        if let number, number < 1 { throw ValidationError("--column counts from 1, got \(number)") }
        if Self.delimiterByte(delimiter) == nil {
            throw ValidationError(
                "--delimiter must be comma, tab or semicolon, got '\(VisibleText.shortened(delimiter))'")
        }
    }
}
