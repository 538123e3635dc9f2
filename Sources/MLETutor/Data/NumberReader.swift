import Glibc
import MLECore

/// Streams numbers out of a text source, one per line or from one column of a delimited file,
/// without holding the input: a fixed buffer is refilled with `read`, and lines are parsed
/// straight from its bytes.
///
/// Blank lines and lines starting with `#` are skipped; a UTF-8 byte-order mark, CRLF line ends
/// and spaces or tabs around a value are accepted. Fields follow RFC 4180: a field may be quoted,
/// and a quoted field may hold the delimiter and doubled quotes. With a column, the first row is
/// a header when its cell in that column is text. A missing cell (empty or `NA`) stops the read
/// with every missing line counted, unless the format skips them. A NUL byte, or a line longer
/// than `DataFormat.lineLimit`, is an error at its line, found without reading further.
///
/// - Complexity: O(input length) time; memory at most the line limit plus 64 KiB.
struct NumberReader<Source: ByteSource> {
    private var source: Source
    let format: DataFormat
    /// The missing cells skipped so far (with `skipMissing`).
    private(set) var missing = MissingCells()

    init(_ source: Source, format: DataFormat) {
        self.source = source
        self.format = format
    }

    init(_ source: Source, column: Int? = nil) {
        self.init(source, format: DataFormat(column: column))
    }

    var column: Int? { format.column }

    /// Calls `body` with each time, whether it is censored, and its 1-based line: the time from
    /// `format.column`, the 0/1 flag (1 = censored) from `flagColumn` of the same row.
    ///
    /// - Throws: as `forEachNumber`, and a `DataFileError` at a flag that is not 0 or 1.
    mutating func forEachCensoredTime(flagColumn: Int, _ body: (Double, Bool, Int) throws -> Void) throws {
        try forEachRow(flagColumn: flagColumn) { value, flag, line in try body(value, flag ?? false, line) }
    }

    /// Calls `body` with each number and its 1-based line.
    ///
    /// - Throws: `DataError.notANumber`, `.notFinite` or `.missingColumn`, or a `DataFileError`,
    ///   at the first bad line; a `DataFileError` listing the missing cells at the end; an
    ///   `InputFailure` if reading fails; or whatever `body` throws.
    mutating func forEachNumber(_ body: (Double, Int) throws -> Void) throws {
        try forEachRow(flagColumn: nil) { value, _, line in try body(value, line) }
    }

    private mutating func forEachRow(flagColumn: Int?, _ body: (Double, Bool?, Int) throws -> Void) throws {
        let chunk = 1 << 16
        var capacity = chunk
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        var filled = 0
        var line = 0
        var mayBeHeader = column != nil
        var atStart = true
        while true {
            if filled == capacity {
                // No newline in the whole buffer: one line fills it.
                let bytes = UnsafeBufferPointer(
                    start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
                if memchr(bytes.baseAddress!, 0, filled) != nil { throw DataFileError.nulByte(line: line + 1) }
                guard capacity < DataFormat.lineLimit + chunk else { throw DataFileError.lineTooLong(line: line + 1) }
                let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity * 2, alignment: 8)
                larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            let atEnd = count == 0
            filled += count
            let bytes = UnsafeBufferPointer(
                start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
            var start = 0
            if atStart && (filled >= 3 || atEnd) {
                atStart = false
                if filled >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
            }
            while start < filled && !atStart {
                guard let newline = firstNewline(in: bytes, from: start) ?? (atEnd ? filled : nil) else { break }
                line += 1
                guard newline - start <= DataFormat.lineLimit else { throw DataFileError.lineTooLong(line: line) }
                try handleLine(
                    UnsafeBufferPointer(rebasing: bytes[start..<newline]), line: line, flagColumn: flagColumn,
                    mayBeHeader: &mayBeHeader, body)
                start = newline + 1
            }
            if atEnd { break }
            let leftover = filled - start
            if leftover > 0 && start > 0 {
                buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: leftover)
            }
            filled = leftover
        }
        if missing.count > 0 && !format.skipMissing { throw DataFileError.missing(missing) }
    }

    private func firstNewline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count,
            let found = memchr(bytes.baseAddress! + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
        else {
            return nil
        }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private mutating func handleLine(
        _ raw: UnsafeBufferPointer<UInt8>, line: Int, flagColumn: Int?, mayBeHeader: inout Bool,
        _ body: (Double, Bool?, Int) throws -> Void
    ) throws {
        if raw.count > 0, memchr(raw.baseAddress!, 0, raw.count) != nil { throw DataFileError.nulByte(line: line) }
        let text = DelimitedRow.trimmed(raw)
        guard let first = text.first, first != UInt8(ascii: "#") else { return }
        var field = text
        if let column {
            switch DelimitedRow.field(column, of: text, delimiter: format.delimiter) {
            case .found(let selected): field = selected
            case .unclosedQuote: throw DataFileError.unclosedQuote(line: line)
            case .absent:
                throw DataError.missingColumn(
                    column: column, line: line,
                    columnsFound: DelimitedRow.fieldCount(text, delimiter: format.delimiter))
            }
        }
        let header = mayBeHeader
        mayBeHeader = false
        if DelimitedRow.isMissing(field) {
            // Reading stops at the end, once every missing cell is counted, unless they are skipped.
            missing.add(line: line)
            return
        }
        guard let value = DecimalParser.parse(field) else {
            if header { return }
            throw DataError.notANumber(
                text: VisibleText.shortened(String(decoding: field, as: UTF8.self)), line: line)
        }
        guard value.isFinite else {
            throw DataError.notFinite(text: VisibleText.shortened(String(decoding: field, as: UTF8.self)), line: line)
        }
        let flag = try flagColumn.map { try censoringFlag($0, of: text, line: line) }
        // After a missing cell, values are still read to find every missing line, but not used.
        if missing.count > 0 && !format.skipMissing { return }
        try body(value, flag, line)
    }

    /// The 0/1 censoring flag in field `flagColumn` of `row`: true for 1 (censored).
    private func censoringFlag(_ flagColumn: Int, of row: UnsafeBufferPointer<UInt8>, line: Int) throws -> Bool {
        switch DelimitedRow.field(flagColumn, of: row, delimiter: format.delimiter) {
        case .unclosedQuote: throw DataFileError.unclosedQuote(line: line)
        case .absent:
            throw DataError.missingColumn(
                column: flagColumn, line: line, columnsFound: DelimitedRow.fieldCount(row, delimiter: format.delimiter))
        case .found(let field):
            if field.count == 1 && field[0] == UInt8(ascii: "1") { return true }
            if field.count == 1 && field[0] == UInt8(ascii: "0") { return false }
            throw DataFileError.badCensoringFlag(
                VisibleText.shortened(String(decoding: field, as: UTF8.self)), line: line)
        }
    }
}

/// One row of a delimited (CSV, TSV, semicolon) file, read as RFC 4180 describes.
enum DelimitedRow {
    enum Field {
        case found(UnsafeBufferPointer<UInt8>)
        case absent
        case unclosedQuote
    }

    /// Field `column` (1-based) of `row`, trimmed and without its surrounding quotes. A quoted
    /// field keeps its doubled quotes, which no number contains.
    static func field(_ column: Int, of row: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Field {
        var current = 1
        var index = 0
        let quote = UInt8(ascii: "\"")
        while true {
            var start = index
            while start < row.count, row[start] == UInt8(ascii: " ") || row[start] == UInt8(ascii: "\t"),
                row[start] != delimiter
            {
                start += 1
            }
            var end: Int
            var value: UnsafeBufferPointer<UInt8>
            if start < row.count, row[start] == quote {
                var scan = start + 1
                var closed = false
                while scan < row.count {
                    if row[scan] == quote {
                        if scan + 1 < row.count, row[scan + 1] == quote {
                            scan += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    scan += 1
                }
                guard closed else { return .unclosedQuote }
                value = UnsafeBufferPointer(rebasing: row[(start + 1)..<scan])
                end = scan + 1
                while end < row.count, row[end] != delimiter { end += 1 }
            } else {
                end = start
                while end < row.count, row[end] != delimiter { end += 1 }
                value = trimmed(UnsafeBufferPointer(rebasing: row[start..<end]))
            }
            if current == column { return .found(value) }
            guard end < row.count else { return .absent }
            current += 1
            index = end + 1
        }
    }

    /// How many fields `row` has (delimiters inside quotes do not count).
    static func fieldCount(_ row: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Int {
        var count = 1
        var quoted = false
        for byte in row {
            if byte == UInt8(ascii: "\"") { quoted.toggle() } else if byte == delimiter && !quoted { count += 1 }
        }
        return count
    }

    /// Whether a cell is missing: empty, or `NA` as R writes it.
    static func isMissing(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        field.isEmpty || (field.count == 2 && field[0] == UInt8(ascii: "N") && field[1] == UInt8(ascii: "A"))
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = bytes.count
        while lower < upper, isBlank(bytes[lower]) { lower += 1 }
        while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
