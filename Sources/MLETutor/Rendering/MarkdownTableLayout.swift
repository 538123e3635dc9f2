/// A simple table: a bold header row, a rule, and rows; columns as wide as their widest cell,
/// narrowed from the widest down when the table does not fit.
struct MarkdownTableLayout {
    var header: [[StyledRun]]
    var rows: [[[StyledRun]]]
    var glyphs: Glyphs

    func lines(width: Int) -> [StyledLine] {
        let columnCount = ([header] + rows).map(\.count).max() ?? 0
        guard columnCount > 0 else { return [] }
        var widths = (0..<columnCount).map { column in
            ([header] + rows).map { row in column < row.count ? StyledLine(row[column]).width : 0 }.max() ?? 0
        }
        let separators = 3 * (columnCount - 1) + 2
        while widths.reduce(0, +) + separators > width,
            let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 1
        {
            widths[widest] -= 1
        }
        let bold = header.map { $0.map { StyledRun($0.text, style: .strong) } }
        var lines = [line(bold, widths: widths)]
        let rule = widths.map { String(repeating: glyphs.horizontal, count: $0 + 2) }
            .joined(separator: String(glyphs.cross))
        lines.append(StyledLine(rule, style: .muted))
        lines += rows.map { line($0, widths: widths) }
        return lines
    }

    private func line(_ cells: [[StyledRun]], widths: [Int]) -> StyledLine {
        var runs: [StyledRun] = [StyledRun(" ")]
        for (column, width) in widths.enumerated() {
            if column > 0 { runs.append(StyledRun(" \(glyphs.vertical) ", style: .muted)) }
            let cell = column < cells.count ? cells[column] : []
            runs += fitted(cell, width: width)
        }
        return StyledLine(runs)
    }

    /// The cell cut or padded to exactly `width` columns.
    private func fitted(_ cell: [StyledRun], width: Int) -> [StyledRun] {
        var result: [StyledRun] = []
        var used = 0
        for run in cell where used < width {
            let text = String(run.text.prefix(width - used))
            result.append(StyledRun(text, style: run.style))
            used += text.count
        }
        if StyledLine(cell).width > width, width > 0, var last = result.popLast() {
            last.text = String(last.text.dropLast()) + "~"
            result.append(last)
        }
        result.append(StyledRun(String(repeating: " ", count: width - used)))
        return result
    }
}
