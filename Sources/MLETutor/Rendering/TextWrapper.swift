/// Greedy word wrapping of styled text.
enum TextWrapper {
    /// A word: the runs between two spaces. `**bold**,` is one word of two runs.
    private typealias Word = [StyledRun]

    /// Wraps `runs` into lines of at most `width` columns. The first line starts with
    /// `firstPrefix`; the following lines are indented by as many spaces. A formula wider than a
    /// line breaks at its own spaces; only a word longer than a whole line is cut.
    static func wrap(_ runs: [StyledRun], width: Int, firstPrefix: StyledRun? = nil) -> [StyledLine] {
        let indent = firstPrefix?.text.displayColumns ?? 0
        let room = max(1, width - indent)
        var lines: [StyledLine] = []
        var current: [StyledRun] = []
        var used = 0

        func finishLine() {
            let prefix =
                lines.isEmpty ? firstPrefix : (indent > 0 ? StyledRun(String(repeating: " ", count: indent)) : nil)
            lines.append(StyledLine((prefix.map { [$0] } ?? []) + current))
            current = []
            used = 0
        }

        for word in glued(words(in: runs)).flatMap({ unit in
            unit.reduce(0) { $0 + $1.text.displayColumns } > room ? spaceSeparated(unit) : [unit]
        }) {
            let length = word.reduce(0) { $0 + $1.text.displayColumns }
            if used > 0 && used + 1 + length > room {
                finishLine()
            }
            if length > room {
                for piece in cut(word, into: room) {
                    if used > 0 { finishLine() }
                    current = piece
                    used = piece.reduce(0) { $0 + $1.text.displayColumns }
                }
                continue
            }
            if used > 0 {
                current.append(StyledRun(" "))
                used += 1
            }
            current += word
            used += length
        }
        if !current.isEmpty || lines.isEmpty { finishLine() }
        return lines
    }

    private static func words(in runs: [StyledRun]) -> [Word] {
        var words: [Word] = []
        var open = false
        for run in runs {
            // A formula in backticks is one unit: it moves to the next line whole, and is cut
            // only when it is wider than a line.
            if run.style == .code, !run.text.isEmpty {
                if open {
                    words[words.count - 1].append(run)
                } else {
                    words.append([run])
                }
                open = true
                continue
            }
            let parts = run.text.split(separator: " ", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { open = false }
                guard !part.isEmpty else { continue }
                if open {
                    words[words.count - 1].append(StyledRun(String(part), style: run.style))
                } else {
                    words.append([StyledRun(String(part), style: run.style)])
                }
                open = true
            }
        }
        return words
    }

    /// Relations that read as one piece of mathematics: the word before and after a lone `=`, `≈`,
    /// `<`, `>`, `≤`, `≥` or `≠` go with it, so `p = 0.9` never ends a line at `p` (a relation
    /// wider than a line still breaks at its spaces).
    private static let relations: Set<String> = ["=", "≈", "<", ">", "≤", "≥", "≠", "~="]

    private static func glued(_ words: [Word]) -> [Word] {
        var result: [Word] = []
        var joinNext = false
        for word in words {
            let text = word.map(\.text).joined()
            let isRelation = relations.contains(text) && word.allSatisfy { $0.style != .code }
            if isRelation || joinNext, let last = result.last {
                result[result.count - 1] = last + [StyledRun(" ")] + word
            } else {
                result.append(word)
            }
            joinNext = isRelation
        }
        return result
    }

    /// The words of a formula too wide for a line, split at its spaces with their style kept, so
    /// it breaks between its terms rather than inside one (`f(x_n` stays whole in ASCII).
    private static func spaceSeparated(_ unit: Word) -> [Word] {
        var words: [Word] = [[]]
        for run in unit {
            for (index, part) in run.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if index > 0, !words[words.count - 1].isEmpty { words.append([]) }
                if !part.isEmpty { words[words.count - 1].append(StyledRun(String(part), style: run.style)) }
            }
        }
        return words.filter { !$0.isEmpty }
    }

    /// Cuts an over-long word into pieces of at most `width` columns, keeping each run's style.
    private static func cut(_ word: Word, into width: Int) -> [Word] {
        var pieces: [Word] = [[]]
        var used = 0
        for run in word {
            var text = Substring(run.text)
            while !text.isEmpty {
                if used == width {
                    pieces.append([])
                    used = 0
                }
                var taken = text.prefix(columns: width - used)
                // A wide character wider than the whole line still goes, alone, so cutting ends.
                if taken.isEmpty && used == 0 { taken = text.prefix(1) }
                if taken.isEmpty {
                    used = width
                    continue
                }
                pieces[pieces.count - 1].append(StyledRun(String(taken), style: run.style))
                used += taken.displayColumns
                text = text.dropFirst(taken.count)
            }
        }
        return pieces
    }
}
