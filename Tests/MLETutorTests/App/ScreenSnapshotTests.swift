import Testing

@testable import MLETutor

/// Snapshots of the tutor's screens at the smallest size it supports and at a large one,
/// in Unicode and in ASCII.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (160, 48)]
    static let displays: [(name: String, options: DisplayOptions)] = [("utf8", .standard), ("ascii", .ascii)]

    private func name(_ screen: String, _ size: (Int, Int), _ display: String) -> String {
        "screen-\(screen)-\(size.0)x\(size.1)-\(display)"
    }

    private func expectWellFormed(_ frame: TextBuffer, _ size: (Int, Int)) {
        #expect(frame.lines.allSatisfy { $0.count == size.0 })
    }

    @Test(arguments: sizes, displays)
    func lessonMap(size: (Int, Int), display: (name: String, options: DisplayOptions)) throws {
        var progress = LearnerProgress()
        progress.markFinished("first")
        progress.record(PageResult(score: 3, total: 4, missed: ["q3"]), page: "a-derivation", in: "first")
        progress.currentLessonID = "second"
        let state = AppState.onMap(
            course: try FixtureCourse.course(), progress: progress,
            options: display.options, width: size.0, height: size.1)
        let frame = AppView.render(state)
        expectWellFormed(frame, size)
        expectSnapshot(frame, named: name("map", size, display.name))
    }

    @Test(arguments: sizes, displays)
    func textPage(size: (Int, Int), display: (name: String, options: DisplayOptions)) throws {
        let state = AppState.inLesson(
            0, page: 0, course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: display.options, width: size.0, height: size.1)
        let frame = AppView.render(state)
        expectWellFormed(frame, size)
        expectSnapshot(frame, named: name("text", size, display.name))
    }

    @Test(arguments: sizes, displays)
    func helpOverlay(size: (Int, Int), display: (name: String, options: DisplayOptions)) throws {
        var state = AppState.inLesson(
            0, page: 1, course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: display.options, width: size.0, height: size.1)
        state.showingHelp = true
        let frame = AppView.render(state)
        expectWellFormed(frame, size)
        expectSnapshot(frame, named: name("help", size, display.name))
    }

    @Test(arguments: [(79, 24), (40, 10)], displays)
    func tooSmallMessage(size: (Int, Int), display: (name: String, options: DisplayOptions)) throws {
        let state = AppState.onMap(
            course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: display.options, width: size.0, height: size.1)
        let frame = AppView.render(state)
        expectWellFormed(frame, size)
        expectSnapshot(frame, named: name("too-small", size, display.name))
    }

    @Test(arguments: [(0, 0), (1, 1), (3, 2)])
    func tinyTerminalsDoNotCrash(size: (Int, Int)) throws {
        let state = AppState.onMap(
            course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: .standard, width: size.0, height: size.1)
        expectWellFormed(AppView.render(state), size)
    }

    @Test func stepsAppearOneAtATime() throws {
        var state = AppState.inLesson(
            0, page: 1, course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: .standard, width: 80, height: 24)
        #expect(!AppView.render(state).description.contains("First step."))
        #expect(AppView.render(state).description.contains("Press Space or n for step 1 of 2."))
        _ = AppUpdate.update(&state, .key(.space))
        let frame = AppView.render(state).description
        #expect(frame.contains("First step."))
        #expect(!frame.contains("Second step."))
        #expect(frame.contains("Press Space or n for step 2 of 2."))
    }

    @Test func noColorRemovesColoursButKeepsAttributes() throws {
        var options = DisplayOptions.standard
        options.color = false
        let state = AppState.onMap(
            course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: options, width: 80, height: 24)
        let frame = AppView.render(state)
        #expect(frame.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(frame.cells.contains { $0.style.bold })
    }
}
