import Glibc
import MLECore

/// Streams numbers out of a text source, one per line or from one CSV column, without holding the
/// input: a fixed buffer is refilled with `read`, and lines are parsed straight from its bytes.
///
/// Blank lines and lines starting with `#` are skipped; CRLF line ends and spaces or tabs around a
/// value are accepted. With a column, the first data row may be a header (its field is not a
/// number) and is skipped.
///
/// - Complexity: O(input length) time; memory is the buffer (64 KiB, or the longest line).
struct NumberReader<Source: ByteSource> {
    private var source: Source
    /// The 1-based CSV column to read, or nil for the whole line.
    let column: Int?

    init(_ source: Source, column: Int? = nil) {
        precondition(column.map { $0 >= 1 } ?? true, "columns are numbered from 1")
        self.source = source
        self.column = column
    }

    /// Calls `body` with each number and its 1-based line.
    ///
    /// - Throws: `DataError.notANumber`, `.notFinite` or `.missingColumn` at the first bad line,
    ///   an `InputFailure` if reading fails, or whatever `body` throws.
    mutating func forEachNumber(_ body: (Double, Int) throws -> Void) throws {
        var capacity = 1 << 16
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        var filled = 0
        var line = 0
        var mayBeHeader = column != nil
        while true {
            if filled == capacity {
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
            while start < filled {
                guard let newline = firstNewline(in: bytes, from: start) ?? (atEnd ? filled : nil) else { break }
                line += 1
                try handleLine(
                    UnsafeBufferPointer(rebasing: bytes[start..<newline]), line: line, mayBeHeader: &mayBeHeader, body)
                start = newline + 1
            }
            if atEnd { return }
            let leftover = filled - start
            if leftover > 0 && start > 0 {
                buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: leftover)
            }
            filled = leftover
        }
    }

    private func firstNewline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count,
            let found = memchr(bytes.baseAddress! + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
        else {
            return nil
        }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private func handleLine(
        _ raw: UnsafeBufferPointer<UInt8>, line: Int, mayBeHeader: inout Bool,
        _ body: (Double, Int) throws -> Void
    ) throws {
        let text = trimmed(raw)
        guard let first = text.first, first != UInt8(ascii: "#") else { return }
        var field = text
        if let column {
            guard let selected = self.field(column, of: text) else {
                throw DataError.missingColumn(column: column, line: line, columnsFound: fieldCount(text))
            }
            field = selected
        }
        let header = mayBeHeader
        mayBeHeader = false
        guard let value = DecimalParser.parse(field) else {
            if header { return }
            throw DataError.notANumber(text: String(decoding: field, as: UTF8.self), line: line)
        }
        guard value.isFinite else {
            throw DataError.notFinite(text: String(decoding: field, as: UTF8.self), line: line)
        }
        try body(value, line)
    }

    private func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = bytes.count
        while lower < upper, isBlank(bytes[lower]) { lower += 1 }
        while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Field `column` (1-based) of a comma-separated row, trimmed and without surrounding quotes.
    private func field(_ column: Int, of row: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var current = 1
        var start = 0
        for index in 0...row.count where index == row.count || row[index] == UInt8(ascii: ",") {
            if current == column {
                let value = trimmed(UnsafeBufferPointer(rebasing: row[start..<index]))
                if value.count >= 2, value.first == UInt8(ascii: "\""), value.last == UInt8(ascii: "\"") {
                    return UnsafeBufferPointer(rebasing: value[1..<(value.count - 1)])
                }
                return value
            }
            current += 1
            start = index + 1
        }
        return nil
    }

    private func fieldCount(_ row: UnsafeBufferPointer<UInt8>) -> Int {
        1 + row.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
    }
}
