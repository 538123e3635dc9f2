/// A simple table: a bold header row, a rule, and rows; columns as wide as their widest cell,
/// narrowed from the widest down when the table does not fit.
struct MarkdownTableLayout {
    var header: [[StyledRun]]
    var rows: [[[StyledRun]]]
    var glyphs: Glyphs

    func lines(width: Int) -> [StyledLine] {
        let columnCount = ([header] + rows).map(\.count).max() ?? 0
        guard columnCount > 0 else { return [] }
        let all = [header] + rows
        var widths = (0..<columnCount).map { column in
            all.map { row in column < row.count ? StyledLine(row[column]).width : 0 }.max() ?? 0
        }
        // A column keeps room for its longest word while another can give way, so cells wrap
        // between words; only when no column can give way are words cut.
        let longestWords = (0..<columnCount).map { column in
            all.map { row in column < row.count ? Self.longestWord(row[column]) : 0 }.max() ?? 0
        }
        let separators = 3 * (columnCount - 1) + 2
        while widths.reduce(0, +) + separators > width {
            let shrinkable = widths.indices.filter { widths[$0] > max(1, longestWords[$0]) }
            let candidates = shrinkable.isEmpty ? widths.indices.filter { widths[$0] > 1 } : shrinkable
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        let bold = header.map { $0.map { StyledRun($0.text, style: .strong) } }
        var lines = row(bold, widths: widths)
        let rule = widths.map { String(repeating: glyphs.horizontal, count: $0 + 2) }
            .joined(separator: String(glyphs.cross))
        lines.append(StyledLine(rule, style: .muted))
        lines += rows.flatMap { row($0, widths: widths) }
        return lines
    }

    /// The widest word of a cell, in columns.
    private static func longestWord(_ cell: [StyledRun]) -> Int {
        TextWrapper.wrap(cell, width: 1).map(\.width).max() ?? 0
    }

    /// One table row: each cell wrapped to its column, as many lines as its tallest cell.
    private func row(_ cells: [[StyledRun]], widths: [Int]) -> [StyledLine] {
        let wrapped = widths.indices.map { column -> [StyledLine] in
            let cell = column < cells.count ? cells[column] : []
            return cell.isEmpty ? [] : TextWrapper.wrap(cell, width: max(1, widths[column]))
        }
        let height = max(1, wrapped.map(\.count).max() ?? 1)
        return (0..<height).map { lineIndex in
            var runs: [StyledRun] = [StyledRun(" ")]
            for (column, width) in widths.enumerated() {
                if column > 0 { runs.append(StyledRun(" \(glyphs.vertical) ", style: .muted)) }
                let piece = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : StyledLine([])
                runs += piece.runs
                runs.append(StyledRun(String(repeating: " ", count: max(0, width - piece.width))))
            }
            return StyledLine(runs)
        }
    }
}
