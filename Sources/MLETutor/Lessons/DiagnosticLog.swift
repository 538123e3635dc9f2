import Yams

/// Collects the problems found while reading lesson files, so lint reports all of them at once.
final class DiagnosticLog {
    private(set) var diagnostics: [LessonDiagnostic] = []
    let file: String

    init(file: String) {
        self.file = file
    }

    /// The location of `node` in this log's file (line 1, column 1 when the YAML gives none).
    func location(of node: Node?) -> LessonLocation {
        guard let mark = node?.mark else { return LessonLocation(file: file, line: 1, column: 1) }
        return LessonLocation(file: file, line: mark.line, column: mark.column)
    }

    func error(_ message: String, at node: Node?) {
        diagnostics.append(LessonDiagnostic(message, at: location(of: node)))
    }

    func error(_ message: String, at location: LessonLocation) {
        diagnostics.append(LessonDiagnostic(message, at: location))
    }

    var isEmpty: Bool { diagnostics.isEmpty }
}
