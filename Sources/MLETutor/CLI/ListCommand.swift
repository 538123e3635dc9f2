import ArgumentParser

/// `mletutor list`: the lessons, with the learner's completion.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the lessons, which you have completed and your best quiz scores."
    )

    @OptionGroup var course: CourseOptions

    func run() throws {
        let course = try self.course.loadCourse()
        // Listing only reads: an unreadable file is left where it is for the tutor to deal with.
        let loaded = ProgressStore().load(settingAside: false)
        if let warning = loaded.warning { printToStandardError(warning) }
        printToStandardOutput(Self.table(course: course, progress: loaded.progress))
        try StandardStreams.finish()
    }

    /// One line a lesson: number, completion, id, title, best quiz score and where the learner is.
    static func table(course: Course, progress: LearnerProgress) -> String {
        let idWidth = course.lessons.map(\.id.count).max() ?? 0
        return course.lessons.enumerated().map { index, lesson in
            let mark = progress.isCompleted(lesson) ? "[x]" : "[ ]"
            let number = String(index + 1).padding(to: 2)
            var line = "\(number) \(mark) \(lesson.id.padding(to: idWidth))  \(lesson.title)"
            let tally = progress.checkpoints(in: lesson)
            if tally.total > 0 { line += "  " + LearnerProgress.checkpointText(tally) }
            if let best = progress.bestScore(in: lesson.id) {
                line += "  (best quiz score \(best.score)/\(best.total))"
            }
            if progress.currentLessonID == lesson.id {
                line += "  (you are on page \(progress.page(in: lesson) + 1) of \(lesson.pages.count))"
            }
            return line
        }.joined(separator: "\n")
    }
}
