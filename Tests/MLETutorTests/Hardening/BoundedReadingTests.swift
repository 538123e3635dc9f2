import Glibc
import MLECore
import Testing

@testable import MLETutor

/// Reading a data file is bounded and every kind of non-file gets its own message (issues 15.4, 16.6).
@Suite struct BoundedReadingTests {
    func read(_ text: String, format: DataFormat = DataFormat(), chunk: Int = 1 << 16) throws -> [Double] {
        var reader = NumberReader(MemorySource(text, chunk: chunk), format: format)
        var values: [Double] = []
        try reader.forEachNumber { value, _ in values.append(value) }
        return values
    }

    func error(_ text: String, format: DataFormat = DataFormat()) -> (any Error)? {
        do {
            _ = try read(text, format: format)
            return nil
        } catch {
            return error
        }
    }

    @Test func aNulByteIsAnErrorAtItsLineNotATruncation() {
        #expect(error("1\n2\n3\u{0}4\n") as? DataFileError == .nulByte(line: 3))
    }

    @Test func aLineLongerThanTheLimitIsAnErrorWithoutReadingTheRest() {
        let long = "1\n" + String(repeating: "5", count: DataFormat.lineLimit + 10)
        #expect(error(long) as? DataFileError == .lineTooLong(line: 2))
        #expect(error(long + "\n3\n") as? DataFileError == .lineTooLong(line: 2))
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try read("\u{FEFF}1\n2\n") == [1, 2])
        #expect(try read("\u{FEFF}1\n2\n", chunk: 1) == [1, 2])
        #expect(try read("\u{FEFF}x,y\n1,2\n", format: DataFormat(column: 2)) == [2])
    }

    @Test func hexadecimalAndOtherNonDecimalSpellingsAreNotNumbers() {
        for spelling in ["0x10", "0x1p3", "1_000", "٣", "0b101"] {
            #expect(error(spelling + "\n") as? DataError == .notANumber(text: spelling, line: 1), "\(spelling)")
        }
        #expect(error("inf\n") as? DataError == .notFinite(text: "inf", line: 1))
    }

    @Test func quotedFieldsHoldDelimitersAndDoubledQuotes() throws {
        let csv = "name,value\n\"Smith, J\",1.5\n\"say \"\"hi\"\"\",2\n  x , \"3\" \n"
        #expect(try read(csv, format: DataFormat(column: 2)) == [1.5, 2, 3])
        #expect(try read("\"Smith, J\",1.5\n", format: DataFormat(column: 1)).isEmpty)
        #expect(try read("a,\"7,5\"\nb,8\n", format: DataFormat(column: 2)) == [8])
        #expect(error("\"open,1\n", format: DataFormat(column: 2)) as? DataFileError == .unclosedQuote(line: 1))
    }

    @Test func tabAndSemicolonDelimiters() throws {
        #expect(try read("a\tb\n1\t2\n3\t4\n", format: DataFormat(column: 2, delimiter: 9)) == [2, 4])
        #expect(try read("a;b\n1,5;2\n", format: DataFormat(column: 2, delimiter: UInt8(ascii: ";"))) == [2])
    }

    @Test func aHeaderIsOnlyAFirstRowWhoseCellIsText() {
        // An empty first cell is a missing value, not a header: it is reported, never lost.
        let missing = error(",1\n2,3\n", format: DataFormat(column: 1)) as? DataFileError
        #expect(missing?.line == 1)
        #expect(missing?.message.hasPrefix("1 missing cell") == true)
    }

    @Test func missingCellsAreCountedWithTheirLinesAndStopTheRead() {
        let csv = "x,y\n1,2\n2,\n3,NA\n4,5\n"
        let failure = error(csv, format: DataFormat(column: 2)) as? DataFileError
        #expect(failure?.line == 3)
        #expect(
            failure?.message
                == "2 missing cells (empty or NA; lines 3, 4); fill them in, or pass --skip-missing to leave them out")
    }

    @Test func skipMissingGoesOnAndCounts() throws {
        let csv = "x,y\n1,2\n2,\n3,NA\n4,5\n"
        var reader = NumberReader(MemorySource(csv), format: DataFormat(column: 2, skipMissing: true))
        var values: [Double] = []
        try reader.forEachNumber { value, _ in values.append(value) }
        #expect(values == [2, 5])
        #expect(reader.missing.count == 2)
        #expect(reader.missing.lines == [3, 4])
    }

    @Test func devicesDirectoriesAndFIFOsEachHaveTheirOwnMessage() throws {
        func reason(_ path: String) -> String? {
            do {
                _ = try FileSource(path: path)
                return nil
            } catch {
                return (error as? InputFailure)?.reason
            }
        }
        #expect(reason("/dev/zero") == "is /dev/zero, endless zero bytes, not a file of numbers")
        #expect(reason("/dev/urandom") == "is a random-number device, endless random bytes, not a file of numbers")
        #expect(reason("/") == "is a directory; give a file of numbers")
        #expect(reason("/no/such/file") == "No such file or directory")
        let fifo = "/tmp/mletutor-test-fifo-\(getpid())"
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        var source = try FileSource(path: fifo)
        defer { source.close() }
        var byte: UInt8 = 0
        #expect(throws: InputFailure.self) {
            try withUnsafeMutableBytes(of: &byte) { _ = try source.read(into: $0) }
        }
    }
}
