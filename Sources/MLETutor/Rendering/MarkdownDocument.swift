/// Markdown-light, the prose format of lesson pages: paragraphs, `#` headings, `-` bullet lists,
/// `1.` numbered lists and `|` tables, with **bold** and `code` inside any of them, and code
/// blocks between lines of three backticks, kept line for line.
struct MarkdownDocument: Hashable, Sendable {
    enum Block: Hashable, Sendable {
        case heading([StyledRun])
        case paragraph([StyledRun])
        case bullets([[StyledRun]])
        case numbered([[StyledRun]])
        case table(header: [[StyledRun]], rows: [[[StyledRun]]])
        /// Lines shown as written (a program, a command and its output), never wrapped.
        case code([String])
    }

    var blocks: [Block]

    init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// Parses `text`. Anything that is not a recognised block is a paragraph, so no input fails.
    init(parsing text: String) {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var items: [String] = []
        var itemsAreNumbered = false
        var tableRows: [[String]] = []
        var codeLines: [String]?

        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(MarkdownInline.parse(paragraph.joined(separator: " "))))
                paragraph = []
            }
            if !items.isEmpty {
                let parsed = items.map(MarkdownInline.parse)
                blocks.append(itemsAreNumbered ? .numbered(parsed) : .bullets(parsed))
                items = []
            }
            if !tableRows.isEmpty {
                let cells = tableRows.map { $0.map(MarkdownInline.parse) }
                blocks.append(.table(header: cells[0], rows: Array(cells.dropFirst())))
                tableRows = []
            }
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingSpaces()
            if let lines = codeLines {
                if line.hasPrefix("```") {
                    blocks.append(.code(lines))
                    codeLines = nil
                } else {
                    codeLines = lines + [String(rawLine.reversed().drop { $0 == " " || $0 == "\r" }.reversed())]
                }
            } else if line.hasPrefix("```") {
                flush()
                codeLines = []
            } else if line.isEmpty {
                flush()
            } else if line.hasPrefix("#") {
                flush()
                blocks.append(.heading(MarkdownInline.parse(String(line.drop { $0 == "#" }).trimmingSpaces())))
            } else if line.hasPrefix("|") {
                if tableRows.isEmpty { flush() }
                let cells = Self.tableCells(line)
                if !Self.isSeparatorRow(cells) { tableRows.append(cells) }
            } else if let item = Self.bulletItem(line) {
                if items.isEmpty || itemsAreNumbered { flush() }
                itemsAreNumbered = false
                items.append(item)
            } else if let item = Self.numberedItem(line) {
                if items.isEmpty || !itemsAreNumbered { flush() }
                itemsAreNumbered = true
                items.append(item)
            } else if !items.isEmpty, rawLine.first == " " {
                items[items.count - 1] += " " + line
            } else {
                if !items.isEmpty || !tableRows.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        if let codeLines { blocks.append(.code(codeLines)) }
        self.blocks = blocks
    }

    private static func bulletItem(_ line: String) -> String? {
        guard line.hasPrefix("- ") || line.hasPrefix("* ") else { return nil }
        return String(line.dropFirst(2)).trimmingSpaces()
    }

    private static func numberedItem(_ line: String) -> String? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return String(line.dropFirst(digits.count + 2)).trimmingSpaces()
    }

    private static func tableCells(_ line: String) -> [String] {
        var body = Substring(line)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
    }

    private static func isSeparatorRow(_ cells: [String]) -> Bool {
        cells.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" } }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
