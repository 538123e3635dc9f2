import ArgumentParser

/// `mletutor [LESSON] [--page N]`: the tutor itself, resuming where the learner left off.
struct TutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "Run the tutor (the default): resume where you left off, or open a lesson."
    )

    @Argument(
        help: "A lesson to open, by number or id (default: where you left off).", completion: LessonCompletion.kind)
    var lesson: String?

    @Option(help: "The page to open in that lesson, from 1.")
    var page: Int?

    @OptionGroup var course: CourseOptions
    @OptionGroup var display: DisplayFlags

    func validate() throws {
        if let page, page < 1 { throw ValidationError("--page counts from 1") }
        if page != nil && lesson == nil { throw ValidationError("--page needs a lesson: mletutor LESSON --page N") }
    }

    func run() throws {
        let course = try self.course.loadCourse()
        let lessonIndex = try lesson.map { try course.commandLineLessonIndex(for: $0, page: page ?? 1) }
        let store = ProgressStore()
        let loaded = store.load()
        let final = try FullScreen.run(display: display, saveProgress: store.save) { options, width, height in
            var state: AppState
            if let lessonIndex {
                state = .inLesson(
                    lessonIndex, page: page.map { $0 - 1 }, course: course, progress: loaded.progress,
                    options: options, width: width, height: height)
            } else {
                state = .resuming(
                    course: course, progress: loaded.progress, options: options, width: width, height: height)
            }
            state.notice = loaded.warning
            return state
        }
        if let warning = loaded.warning { printToStandardError(warning) }
        // The terminal is restored by now, so the learner can read where and why.
        if let problem = final.saveProblem {
            printToStandardError("mletutor: error: could not save your progress to \(store.path): \(problem)")
            throw ExitCode(1)
        }
    }
}
