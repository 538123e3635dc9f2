/// How a data file is laid out: which column to read, what separates fields, and whether
/// missing cells stop the read or are skipped.
struct DataFormat: Equatable, Sendable {
    /// The 1-based column to read, or nil for one number per line.
    var column: Int?
    /// The byte between fields: `,`, a tab or `;`.
    var delimiter: UInt8 = UInt8(ascii: ",")
    /// Whether missing cells (empty or `NA`) are skipped, and counted, instead of stopping the read.
    var skipMissing = false

    init(column: Int? = nil, delimiter: UInt8 = UInt8(ascii: ","), skipMissing: Bool = false) {
        precondition(column.map { $0 >= 1 } ?? true, "columns are numbered from 1")
        self.column = column
        self.delimiter = delimiter
        self.skipMissing = skipMissing
    }

    /// The longest line read, in bytes: a longer one is an error, found without reading it whole.
    static let lineLimit = 1 << 20
}

/// The missing cells (empty or `NA`) met while reading: how many, and the first lines.
struct MissingCells: Equatable, Sendable {
    private(set) var count = 0
    /// The first `shownLines` lines with a missing cell.
    private(set) var lines: [Int] = []
    static let shownLines = 10

    mutating func add(line: Int) {
        count += 1
        if lines.count < Self.shownLines { lines.append(line) }
    }

    /// `3 missing cells (lines 4, 7, 9)`, with `…` when more lines than are listed.
    var description: String {
        let listed = lines.map(String.init).joined(separator: ", ") + (count > lines.count ? ", …" : "")
        return "\(count) missing cell\(count == 1 ? "" : "s") (empty or NA; line\(count == 1 ? "" : "s") \(listed))"
    }
}

/// A data file that cannot be read as numbers, with the line it happened on (when it is about a
/// line) and what a learner sees after `file:line: error: `.
struct DataFileError: Error, Equatable, CustomStringConvertible {
    var line: Int?
    var message: String

    static func lineTooLong(line: Int) -> DataFileError {
        DataFileError(
            line: line,
            message:
                "the line is longer than \(DataFormat.lineLimit >> 20) MiB; this does not look like a text file of numbers"
        )
    }

    static func nulByte(line: Int) -> DataFileError {
        DataFileError(line: line, message: "a NUL byte (\\x00): this is binary data, not a text file of numbers")
    }

    static func missing(_ cells: MissingCells) -> DataFileError {
        DataFileError(
            line: cells.lines.first,
            message: "\(cells.description); fill them in, or pass --skip-missing to leave them out")
    }

    static func badCensoringFlag(_ text: String, line: Int) -> DataFileError {
        DataFileError(line: line, message: "the censoring flag must be 0 (event) or 1 (censored), found '\(text)'")
    }

    static func unclosedQuote(line: Int) -> DataFileError {
        DataFileError(line: line, message: "a quoted field is not closed on its line")
    }

    var description: String { line.map { "line \($0): \(message)" } ?? message }
}
