import Testing

@testable import MLETutor

/// The `?` help lists every key that works where the learner is, and every line of it fits.
@Suite struct HelpTests {
    private func help(_ state: AppState) -> String {
        var state = state
        state.showingHelp = true
        return AppView.render(state).description
    }

    private func shipped(_ lessonID: String, page: Int, options: DisplayOptions = .standard) throws -> AppState {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let index = try #require(course.lessonIndex(id: lessonID))
        return AppState.inLesson(
            index, page: page - 1, course: course, progress: LearnerProgress(), options: options, width: 80,
            height: 24)
    }

    /// On a prose page the tutor's own keys work: forward, back, the map, with every spelling.
    @Test func aTextPagesHelpListsForwardBackAndTheMapWithEveryKey() throws {
        let screen = help(try shipped("likelihood-explorer", page: 2))
        #expect(screen.contains("n → Space Enter PgDn   next page"), "\(screen)")
        #expect(screen.contains("p ← PgUp Backspace     previous page"), "\(screen)")
        #expect(screen.contains("m Esc"), "\(screen)")
        #expect(screen.contains("Ctrl-C"))
    }

    /// An explorer keeps ← and → for its slider: the help does not offer them for turning pages.
    @Test func anExplorersHelpLeavesItsArrowsToTheSlider() throws {
        let screen = help(try shipped("likelihood-explorer", page: 3))
        #expect(screen.contains("←→") && screen.contains("move p"), "\(screen)")
        let forward = try #require(screen.split(separator: "\n").first { $0.contains("next page") })
        #expect(forward.contains("n ") && !forward.contains("→"), "\(forward)")
        let back = try #require(screen.split(separator: "\n").first { $0.contains("previous page") })
        #expect(back.contains("p ") && !back.contains("←"), "\(back)")
    }

    /// A page taller than the screen says ↑↓ scroll, and forward shows the text below first.
    @Test func aLongPagesHelpListsScrollingAndWhatForwardShowsFirst() throws {
        let screen = help(try shipped("from-code-to-data", page: 4))
        #expect(screen.contains("↑↓") && screen.contains("scroll"), "\(screen)")
        #expect(screen.contains("PgDn   more below"), "\(screen)")
    }

    @Test func theMapsHelpListsPagingHomeEndAndHowToReachLessonsPastNine() throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        #expect(course.lessons.count > 9)
        let map = AppState.onMap(
            course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        let screen = help(map)
        for keys in ["↑↓ j k", "PgUp PgDn", "Home End", "Enter", "1-9"] {
            #expect(screen.contains(keys), "\(keys) in \(screen)")
        }
        #expect(screen.contains("jump to lessons 1 to 9; ↑↓ or j k reach 10 and on"), "\(screen)")
    }

    /// PgDn and PgUp move the map's selection by the lessons one screen shows; End and Home go
    /// to the last and the first.
    @Test func pageKeysMoveTheMapsSelectionByAScreenful() throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        var state = AppState.onMap(
            course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        state.screen = .map(selected: 0)
        let shown = AppView.render(state).lines.filter { $0.contains(/^ +[▸ ] +\d+\.\s/) }.count
        #expect(shown > 1)
        func selected() -> Int? {
            guard case .map(let selected) = state.screen else { return nil }
            return selected
        }
        state.press(.pageDown)
        #expect(selected() == shown)
        state.press(.pageUp)
        #expect(selected() == 0)
        state.press(.end)
        #expect(selected() == course.lessons.count - 1)
        state.press(.pageDown)
        #expect(selected() == course.lessons.count - 1)
        state.press(.home)
        #expect(selected() == 0)
    }

    /// Every line of the help reaches the screen on every shipped page at 80×24, in UTF-8 and
    /// ASCII: the last line, Ctrl-C, is never cut off by a page with many keys of its own.
    @Test(arguments: [DisplayOptions.standard, .ascii])
    func everyHelpLineFitsOnEveryShippedPage(options: DisplayOptions) throws {
        for (label, _, state) in try ShippedPages.openedStates(options: options) {
            let screen = help(state)
            #expect(screen.contains("Ctrl-C") && screen.contains("Press any key to close."), "\(label)")
        }
    }
}
