import ArgumentParser

/// `mletutor [LESSON] [--page N]`: the tutor itself, resuming where the learner left off.
struct TutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "Run the tutor (the default): resume where you left off, or open a lesson."
    )

    @Argument(help: "A lesson to open, by number or id (default: where you left off).")
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
        var lessonIndex: Int?
        if let lesson {
            guard let index = course.lessonIndex(for: lesson) else {
                throw ValidationError("no lesson '\(lesson)'; 'mletutor list' shows them")
            }
            guard (page ?? 1) <= course.lessons[index].pages.count else {
                throw ValidationError("lesson '\(course.lessons[index].id)' has \(course.lessons[index].pages.count) pages")
            }
            lessonIndex = index
        }
        let store = ProgressStore()
        let loaded = store.load()
        let options = display.options(localeIsUTF8: TerminalLocale.activate())

        let driver: CursesDriver
        do {
            driver = try CursesDriver(wantsColor: options.color)
        } catch let error as TerminalError {
            printToStandardError("mletutor: error: \(error)")
            throw ExitCode(1)
        }
        let size = driver.size
        var effective = options
        effective.color = driver.hasColor
        var state: AppState
        if let lessonIndex {
            state = .inLesson(lessonIndex, page: page.map { $0 - 1 }, course: course, progress: loaded.progress,
                              options: effective, width: size.width, height: size.height)
        } else {
            state = .resuming(course: course, progress: loaded.progress, options: effective,
                              width: size.width, height: size.height)
        }
        state.notice = loaded.warning
        var loop = RunLoop(state: state, saveProgress: store.save,
                           terminationRequested: { TerminalSignals.terminationRequested })
        loop.run(on: driver)
        driver.stop()
        if let warning = loaded.warning { printToStandardError(warning) }
    }
}
