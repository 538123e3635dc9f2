import ArgumentParser

/// `mletutor render`: prints a frame as plain text without touching the terminal, as a learner
/// would first see it with no progress saved.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print a page's first frame as plain text, without a terminal."
    )

    @Argument(help: "The lesson, by number or id.", completion: LessonCompletion.kind)
    var lesson: String?

    @Option(help: "The page, from 1.")
    var page = 1

    @Flag(help: "Render every page of every lesson, each after a line '== <lesson-id> page <N> =='.")
    var all = false

    @Flag(help: "Render the lesson map.")
    var map = false

    @Flag(name: .customLong("help-overlay"), help: "Show the help overlay over the frame.")
    var helpOverlay = false

    @Option(help: "Width of the frame in columns, from \(AppState.minimumWidth) to 1000.")
    var width = 80

    @Option(help: "Height of the frame in rows, from \(AppState.minimumHeight) to 1000.")
    var height = 24

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @OptionGroup var course: CourseOptions

    func validate() throws {
        // Below the smallest size the tutor lays out in, a frame is only the "too small" screen.
        guard (AppState.minimumWidth...1000).contains(width), (AppState.minimumHeight...1000).contains(height) else {
            throw ValidationError(
                "--width must be from \(AppState.minimumWidth) to 1000 and --height from \(AppState.minimumHeight) to 1000 (the smallest frame the tutor draws is \(AppState.minimumWidth)x\(AppState.minimumHeight)), got \(width)x\(height)"
            )
        }
        let targets = [lesson != nil, all, map].filter { $0 }.count
        guard targets == 1 else { throw ValidationError("name one of: a LESSON, --all or --map") }
        if page < 1 { throw ValidationError("--page counts from 1") }
    }

    func run() throws {
        let course = try self.course.loadCourse()
        let options = DisplayOptions(unicode: !ascii, color: false)
        var frames: [(heading: String?, state: AppState)] = []
        if map {
            frames = [
                (
                    nil,
                    .onMap(course: course, progress: LearnerProgress(), options: options, width: width, height: height)
                )
            ]
        } else if all {
            for (index, lesson) in course.lessons.enumerated() {
                for pageIndex in lesson.pages.indices {
                    frames.append(
                        (
                            "== \(lesson.id) page \(pageIndex + 1) ==",
                            .inLesson(
                                index, page: pageIndex, course: course, progress: LearnerProgress(),
                                options: options, width: width, height: height)
                        ))
                }
            }
        } else if let lesson {
            let index = try course.commandLineLessonIndex(for: lesson, page: page)
            frames = [
                (
                    nil,
                    .inLesson(
                        index, page: page - 1, course: course, progress: LearnerProgress(),
                        options: options, width: width, height: height)
                )
            ]
        }
        for var frame in frames {
            frame.state.showingHelp = helpOverlay
            if let heading = frame.heading { printToStandardOutput(heading) }
            printToStandardOutput(AppView.render(frame.state).description)
        }
        try StandardStreams.finish()
    }
}
