extension Character {
    /// The terminal columns the character takes: 2 for East Asian wide and fullwidth characters
    /// and emoji shown as pictures, 0 for a lone combining mark or a zero-width character, 1
    /// otherwise (as wcwidth(3) counts them).
    var displayColumns: Int {
        guard let first = unicodeScalars.first else { return 0 }
        if isASCII { return 1 }
        let value = first.value
        if unicodeScalars.count > 1, unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if Self.isWide(value) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The terminal columns the text takes: wide characters count two.
    var displayColumns: Int {
        var columns = 0
        for character in self { columns += character.displayColumns }
        return columns
    }

    /// The longest start of the text that fits in `width` columns.
    func prefix(columns width: Int) -> SubSequence {
        var used = 0
        var end = startIndex
        while end < endIndex {
            let next = self[end].displayColumns
            if used + next > width { break }
            used += next
            end = index(after: end)
        }
        return self[startIndex..<end]
    }
}

extension String {
    /// The string padded with spaces on the right to `width` columns.
    func padding(to width: Int) -> String {
        let columns = displayColumns
        return columns >= width ? self : self + String(repeating: " ", count: width - columns)
    }

    /// The string cut to at most `width` columns, ending in `ellipsis` when it was cut.
    func truncated(to width: Int, ellipsis: String) -> String {
        guard displayColumns > width else { return self }
        let room = width - ellipsis.displayColumns
        guard room > 0 else { return String(prefix(columns: max(0, width))) }
        return String(prefix(columns: room)) + ellipsis
    }
}
