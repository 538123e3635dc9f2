/// The tutor's view function: the whole screen for a state. Pure.
enum AppView {
    static func render(_ state: AppState) -> TextBuffer {
        var buffer = TextBuffer(width: state.width, height: state.height)
        if state.isTooSmall {
            TooSmallMessage.draw(width: state.width, height: state.height, into: &buffer)
            return buffer
        }
        let hints: [KeyHint]
        switch state.screen {
        case .map(let selected):
            hints = LessonMapScreen(state: state, selected: selected).draw(into: &buffer)
        case .lesson(let session):
            hints = LessonScreen(state: state, session: session).draw(into: &buffer)
        case .exploring(let session):
            hints = ExploreScreen(state: state, session: session).draw(into: &buffer)
        }
        if let problem = state.saveProblem {
            SaveProblemNotice(reason: problem, options: state.options).draw(into: &buffer)
        }
        if state.showingHelp {
            HelpOverlay(hints: helpHints(state, bar: hints), options: state.options).draw(into: &buffer)
        } else if state.showingWelcome {
            WelcomeOverlay(options: state.options).draw(into: &buffer)
        }
        if !state.options.color {
            buffer.restyle(buffer.bounds) { $0 = $0.withoutColor }
        }
        if !state.options.unicode {
            buffer.replaceNonASCII()
        }
        return buffer
    }

    /// Every key that works on the screen, for the `?` help; the bar shows those that fit.
    private static func helpHints(_ state: AppState, bar: [KeyHint]) -> [KeyHint] {
        switch state.screen {
        case .map:
            return LessonMapScreen.helpHints(state.options, lessonCount: state.course.lessons.count)
        case .lesson(let session):
            return LessonScreen(state: state, session: session).helpHints()
        case .exploring:
            return bar + [KeyHint("Esc", "quit")]
        }
    }
}
