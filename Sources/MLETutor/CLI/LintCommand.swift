import ArgumentParser

/// `mletutor lint [DIR]`: checks lesson files and reports every problem with its location.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check lesson files: YAML, fields, page kinds, ids.",
        discussion: "Problems print as path:line:col: error: message. Exit status 1 when there is any."
    )

    @Argument(help: "A folder of lesson files (default: the built-in course).", completion: .directory)
    var directory: String?

    func run() throws {
        let result = try CourseOptions.load(directory: directory)
        guard let course = result.course else {
            for diagnostic in result.formattedDiagnostics { printToStandardOutput(diagnostic) }
            let count = result.diagnostics.count
            printToStandardOutput("\(count) error\(count == 1 ? "" : "s")")
            throw ExitCode(1)
        }
        printToStandardOutput(Self.summary(course))
        try StandardStreams.finish()
    }

    static func summary(_ course: Course) -> String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        return
            "ok: \(counted(course.lessons.count, "lesson")), \(counted(course.pageCount, "page")), \(counted(course.questionCount, "question"))"
    }
}
