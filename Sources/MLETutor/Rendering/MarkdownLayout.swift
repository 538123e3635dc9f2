/// Lays a Markdown-light document out as styled lines of a given width.
enum MarkdownLayout {
    /// The document's lines at `width` columns, with one blank line between blocks.
    static func lines(_ document: MarkdownDocument, width: Int, options: DisplayOptions) -> [StyledLine] {
        var lines: [StyledLine] = []
        for block in document.blocks {
            if !lines.isEmpty { lines.append(.empty) }
            lines += layout(options.unicode ? block : block.transliterated, width: width, glyphs: options.glyphs)
        }
        return lines
    }

    private static func layout(_ block: MarkdownDocument.Block, width: Int, glyphs: Glyphs) -> [StyledLine] {
        switch block {
        case .heading(let runs):
            return TextWrapper.wrap(runs.map { StyledRun($0.text, style: .heading) }, width: width)
        case .paragraph(let runs):
            return TextWrapper.wrap(runs, width: width)
        case .bullets(let items):
            return items.flatMap { TextWrapper.wrap($0, width: width, firstPrefix: StyledRun("  \(glyphs.bullet) ")) }
        case .numbered(let items):
            let digits = String(items.count).count
            return items.enumerated().flatMap { index, item in
                let number = String(index + 1)
                let label = String(repeating: " ", count: digits - number.count) + "  \(number). "
                return TextWrapper.wrap(item, width: width, firstPrefix: StyledRun(label))
            }
        case .table(let header, let rows):
            return MarkdownTableLayout(header: header, rows: rows, glyphs: glyphs).lines(width: width)
        case .code(let lines):
            return lines.map { StyledLine("  " + $0, style: .code) }
        }
    }
}

private extension MarkdownDocument.Block {
    /// The block with its text spelled in ASCII.
    var transliterated: MarkdownDocument.Block {
        func spell(_ runs: [StyledRun]) -> [StyledRun] {
            runs.map { StyledRun(ASCIITransliteration.apply($0.text), style: $0.style) }
        }
        switch self {
        case .heading(let runs): return .heading(spell(runs))
        case .paragraph(let runs): return .paragraph(spell(runs))
        case .bullets(let items): return .bullets(items.map(spell))
        case .numbered(let items): return .numbered(items.map(spell))
        case .table(let header, let rows): return .table(header: header.map(spell), rows: rows.map { $0.map(spell) })
        case .code(let lines): return .code(lines.map(ASCIITransliteration.apply))
        }
    }
}
