/// Inline Markdown-light: `**bold**` and `` `code` ``; everything else is plain text.
enum MarkdownInline {
    /// Splits `text` into runs styled `.strong`, `.code` or plain. An unclosed marker is kept
    /// as literal text, so a stray `*` never swallows the rest of a paragraph.
    static func parse(_ text: String) -> [StyledRun] {
        var runs: [StyledRun] = []
        var plain = ""
        var rest = Substring(text)

        func emitPlain() {
            if !plain.isEmpty {
                runs.append(StyledRun(plain))
                plain = ""
            }
        }

        while let first = rest.first {
            if rest.hasPrefix("**"), let close = rest.dropFirst(2).firstRange(of: "**") {
                emitPlain()
                runs.append(
                    StyledRun(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]), style: .strong)
                )
                rest = rest[close.upperBound...]
            } else if first == "`", let close = rest.dropFirst().firstIndex(of: "`") {
                emitPlain()
                runs.append(StyledRun(String(rest[rest.index(after: rest.startIndex)..<close]), style: .code))
                rest = rest[rest.index(after: close)...]
            } else {
                plain.append(first)
                rest = rest.dropFirst()
            }
        }
        emitPlain()
        return runs
    }
}
