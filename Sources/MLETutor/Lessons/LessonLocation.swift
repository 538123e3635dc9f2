/// Where something stands in a lesson file: a path and a 1-based line and column.
struct LessonLocation: Hashable, Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int

    init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:col`, the form editors and terminals turn into links; just `path` for a
    /// problem with a whole file or folder (line 0).
    var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
}
