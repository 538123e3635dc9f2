import ArgumentParser

/// Where the lessons come from: built into the binary, or a folder (`--lessons DIR`) for authors.
struct CourseOptions: ParsableArguments {
    @Option(
        name: .customLong("lessons"),
        help: ArgumentHelp("Load lessons from this folder instead of the built-in course.", valueName: "dir"),
        completion: .directory)
    var directory: String?

    /// The course, or every problem in it printed to standard error and exit status 1.
    func loadCourse() throws -> Course {
        let result = try Self.load(directory: directory)
        guard let course = result.course else {
            result.formattedDiagnostics.forEach(printToStandardError)
            printToStandardError(
                "mletutor: \(result.diagnostics.count) problem\(result.diagnostics.count == 1 ? "" : "s") in the lessons; run 'mletutor lint\(directory.map { " " + $0 } ?? "")' after fixing them"
            )
            throw ExitCode(1)
        }
        return course
    }

    static func load(directory: String?) throws -> CourseLoadResult {
        guard let directory else { return Course.load(LessonSource.embedded) }
        do {
            return Course.load(try LessonSource.files(in: directory), from: directory)
        } catch let error as LessonFolderError {
            printToStandardError("mletutor: error: \(error.message)")
            throw ExitCode(1)
        }
    }
}

extension Course {
    /// The lesson a command line names by number or id, checked to have page `page` (from 1).
    func commandLineLessonIndex(for reference: String, page: Int) throws -> Int {
        guard let index = lessonIndex(for: reference) else {
            throw ValidationError("no lesson '\(reference)'; 'mletutor list' shows them")
        }
        let pageCount = lessons[index].pages.count
        guard page <= pageCount else {
            throw ValidationError("lesson '\(lessons[index].id)' has \(pageCount) page\(pageCount == 1 ? "" : "s")")
        }
        return index
    }
}
