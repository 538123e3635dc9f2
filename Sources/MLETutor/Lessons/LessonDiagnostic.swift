/// One problem found in a lesson file, located as precisely as the YAML allows.
struct LessonDiagnostic: Error, Hashable, Sendable {
    var location: LessonLocation
    var message: String

    init(_ message: String, at location: LessonLocation) {
        self.location = location
        self.message = message
    }

    /// The one-line form: `path:line:col: error: message`.
    var headline: String { "\(location): error: \(message)" }

    /// The headline followed by the offending source line and a caret under the column,
    /// as compilers print them.
    func formatted(source: String?) -> String {
        guard let source else { return headline }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= lines.count else { return headline }
        let text = lines[location.line - 1].replacingTabs()
        let gutter = String(location.line)
        let padding = String(repeating: " ", count: gutter.count)
        let caretColumn = max(0, location.column - 1)
        return """
            \(headline)
            \(padding) |
            \(gutter) | \(text)
            \(padding) | \(String(repeating: " ", count: caretColumn))^
            """
    }
}

private extension Substring {
    func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 }).trimmingTrailingNewline()
    }
}

private extension String {
    func trimmingTrailingNewline() -> String {
        hasSuffix("\r") ? String(dropLast()) : self
    }
}
