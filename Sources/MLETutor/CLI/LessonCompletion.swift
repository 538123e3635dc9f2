import ArgumentParser

/// Tab completion of lesson ids for `mletutor LESSON` and `mletutor render LESSON`: the shell
/// asks the installed binary, which answers from the course it would load (the built-in one, or
/// the folder after `--lessons` on the line being completed).
enum LessonCompletion {
    static let kind = CompletionKind.custom { words, _, prefix in candidates(words: words, prefix: prefix) }

    /// The ids of the course's lessons that start with `prefix`, in course order.
    static func candidates(words: [String], prefix: String) -> [String] {
        let directory = words.firstIndex(of: "--lessons").flatMap {
            words.indices.contains($0 + 1) ? words[$0 + 1] : nil
        }
        let sources: [LessonSource]
        if let directory {
            guard let files = try? LessonSource.files(in: directory) else { return [] }
            sources = files
        } else {
            sources = LessonSource.embedded
        }
        let ids = Course.load(sources).course?.lessons.map(\.id) ?? []
        return ids.filter { $0.hasPrefix(prefix) }
    }
}
