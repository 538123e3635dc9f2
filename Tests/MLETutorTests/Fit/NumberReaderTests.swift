import MLECore
import Testing

@testable import MLETutor

struct NumberReaderTests {
    func read(_ text: String, column: Int? = nil, chunk: Int = 1 << 16) throws -> [(Double, Int)] {
        var reader = NumberReader(MemorySource(text, chunk: chunk), column: column)
        var values: [(Double, Int)] = []
        try reader.forEachNumber { values.append(($0, $1)) }
        return values
    }

    func failure(_ text: String, column: Int? = nil) -> DataError? {
        do {
            _ = try read(text, column: column)
            return nil
        } catch {
            return error as? DataError
        }
    }

    static let messy = "1\n2.5\n\n# a comment\n  3 \t\r\n\t-4e1\r\n   # indented comment\n5"

    @Test func skipsBlankAndCommentLinesAndTrimsSpacesTabsAndCarriageReturns() throws {
        let values = try read(Self.messy)
        #expect(values.map(\.0) == [1, 2.5, 3, -40, 5])
        #expect(values.map(\.1) == [1, 2, 5, 6, 8])
    }

    /// Lines split across reads of every size from 1 to 9 bytes give the same numbers.
    @Test(arguments: 1...9)
    func readsAcrossChunkBoundaries(chunk: Int) throws {
        let values = try read(Self.messy, chunk: chunk)
        #expect(values.map(\.0) == [1, 2.5, 3, -40, 5])
        #expect(values.map(\.1) == [1, 2, 5, 6, 8])
    }

    @Test func longLinesGrowTheBuffer() throws {
        let padding = String(repeating: " ", count: 200_000)
        let values = try read("1\n\(padding)2\(padding)\n3\n")
        #expect(values.map(\.0) == [1, 2, 3])
    }

    @Test func readsACsvColumnAfterAnOptionalHeader() throws {
        let csv = "id,height, weight\r\n1,1.72, 68.5\r\n2,1.80,\"75\"\r\n"
        let withHeader = try read(csv, column: 3)
        #expect(withHeader.map(\.0) == [68.5, 75])
        #expect(withHeader.map(\.1) == [2, 3])
        let withoutHeader = try read("1,2\n3,4\n", column: 2)
        #expect(withoutHeader.map(\.0) == [2, 4])
    }

    @Test func onlyTheFirstRowCanBeAHeader() {
        #expect(failure("x,y\n1,2\nz,w\n", column: 2) == .notANumber(text: "w", line: 3))
        #expect(failure("height\n1.5\n") == .notANumber(text: "height", line: 1))
    }

    @Test func reportsBadTokensWithTheirLine() {
        #expect(failure("1\n2\nabc\n") == .notANumber(text: "abc", line: 3))
        #expect(failure("1\n  1,5 \n") == .notANumber(text: "1,5", line: 2))
        #expect(failure("1\nNaN\n") == .notFinite(text: "NaN", line: 2))
        #expect(failure("-inf\n") == .notFinite(text: "-inf", line: 1))
        #expect(failure("1,2\n3\n", column: 2) == .missingColumn(column: 2, line: 2, columnsFound: 1))
    }

    @Test func emptyInputGivesNoNumbers() throws {
        #expect(try read("").isEmpty)
        #expect(try read("\n\n# only comments\n").isEmpty)
    }
}
