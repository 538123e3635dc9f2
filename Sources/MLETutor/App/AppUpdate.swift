/// The tutor's update function: applies an action to the state and says what the run loop
/// must do. Pure: the same state and action always give the same result.
enum AppUpdate {
    static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resized(let width, let height):
            state.width = width
            state.height = height
            return []
        case .tick:
            return tick(&state).effects
        case .saveFailed(let reason):
            state.saveProblem = reason
            return []
        case .saveSucceeded:
            state.saveProblem = nil
            return []
        case .key(let key):
            var effects = handle(key, &state)
            if state.recordCheckpoint(), !effects.contains(where: \.isSave) {
                effects.insert(.saveProgress(state.progress), at: 0)
            }
            return effects.map { $0.isSave ? .saveProgress(state.progress) : $0 }
        }
    }

    /// A beat of the animation clock for the page on screen: whether the page changed, so the
    /// run loop redraws only then (an optimizer steps on one tick in five), and a save when the
    /// beat met the page's checkpoint (an optimizer ran until it stopped).
    static func tick(_ state: inout AppState) -> (changed: Bool, effects: [Effect]) {
        guard state.isAnimating else { return (false, []) }
        let changed = state.sendToPage(.tick) == .handled
        return (changed, state.recordCheckpoint() ? [.saveProgress(state.progress)] : [])
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .interrupt { return quit(&state) }
        if key == SaveProblemNotice.dismissKey, state.saveProblem != nil, state.activePage?.capturesTyping != true {
            state.saveProblem = nil
            return []
        }
        if state.isTooSmall {
            return key == .character("q") ? quit(&state) : []
        }
        if state.showingHelp {
            state.showingHelp = false
            return key == .character("q") ? quit(&state) : []
        }
        // The welcome closes on any key, which then does what it does on the map (Enter opens
        // the first lesson).
        state.showingWelcome = false
        state.notice = nil
        switch state.screen {
        case .map(let selected):
            return handleOnMap(key, selected: selected, &state)
        case .lesson:
            let response = state.sendToPage(.key(key))
            state.recordUnfinishedWork()
            guard case .lesson(let session) = state.screen else { return [] }
            switch response {
            case .handled:
                return []
            case .completed(let result):
                let lesson = state.course.lessons[session.lessonIndex]
                state.progress.record(result, page: lesson.pages[session.pageIndex].id, in: lesson.id)
                return [.saveProgress(state.progress)]
            case .ignored:
                return handleInLesson(key, session, &state)
            }
        case .exploring:
            guard state.sendToPage(.key(key)) == .ignored else { return [] }
            switch key {
            case .character("?"): state.showingHelp = true
            case .character("q"), .escape: return [.quit]
            default: break
            }
            return []
        }
    }

    private static func handleOnMap(_ key: Key, selected: Int, _ state: inout AppState) -> [Effect] {
        let count = state.course.lessons.count
        switch key {
        case .up, .character("k"):
            state.screen = .map(selected: max(0, selected - 1))
        case .down, .character("j"):
            state.screen = .map(selected: min(count - 1, selected + 1))
        case .pageUp, .pageDown:
            let step = LessonMapScreen.visibleLessons(screenHeight: state.height, lessonCount: count)
            let target = key == .pageUp ? selected - step : selected + step
            state.screen = .map(selected: min(max(0, target), count - 1))
        case .home:
            state.screen = .map(selected: 0)
        case .end:
            state.screen = .map(selected: count - 1)
        case .enter, .right, .character("l"), .space:
            return open(selected, &state)
        case .character(let digit) where digit.isASCII && digit.isNumber:
            guard let number = digit.wholeNumberValue, (1...count).contains(number) else { return [] }
            state.screen = .map(selected: number - 1)
        case .character("?"):
            state.showingHelp = true
        case .character("q"):
            return quit(&state)
        default:
            break
        }
        return []
    }

    private static func handleInLesson(_ key: Key, _ session: LessonSession, _ state: inout AppState) -> [Effect] {
        switch key {
        case .character("n"), .right, .space, .pageDown, .enter:
            return forward(session, &state)
        case .character("p"), .left, .pageUp, .backspace:
            return turnPage(by: -1, session, &state)
        case .character("m"), .escape:
            state.rememberRevealedSteps()
            state.screen = .map(selected: session.lessonIndex)
            state.recordPosition()
            return [.saveProgress(state.progress)]
        case .character("?"):
            state.showingHelp = true
            return []
        case .character("q"):
            return quit(&state)
        default:
            return []
        }
    }

    /// Reveals what the page still hides (a step, text below the screen), or else turns the page:
    /// going forward never skips content.
    private static func forward(_ session: LessonSession, _ state: inout AppState) -> [Effect] {
        let context = LessonLayout(state: state).pageContext
        guard session.page.nextReveal(context: context) != nil else { return turnPage(by: 1, session, &state) }
        var session = session
        session.page.reveal(context: context)
        state.screen = .lesson(session)
        return []
    }

    /// Moves to the next or previous page. Past the last page the lesson is complete and the
    /// learner returns to the map with the next lesson selected.
    private static func turnPage(by delta: Int, _ session: LessonSession, _ state: inout AppState) -> [Effect] {
        let lesson = state.course.lessons[session.lessonIndex]
        let target = session.pageIndex + delta
        if target < 0 { return [] }
        state.rememberRevealedSteps()
        if target >= lesson.pages.count {
            state.progress.markFinished(lesson.id)
            state.progress.recordPage(0, in: lesson)
            state.screen = .map(selected: min(session.lessonIndex + 1, state.course.lessons.count - 1))
            state.recordPosition()
            return [.saveProgress(state.progress)]
        }
        state.enterLesson(session.lessonIndex, page: target)
        return [.saveProgress(state.progress)]
    }

    private static func open(_ lessonIndex: Int, _ state: inout AppState) -> [Effect] {
        guard state.course.lessons.indices.contains(lessonIndex) else { return [] }
        state.enterLesson(lessonIndex)
        return [.saveProgress(state.progress)]
    }

    private static func quit(_ state: inout AppState) -> [Effect] {
        if case .exploring = state.screen { return [.quit] }
        state.recordPosition()
        return [.saveProgress(state.progress), .quit]
    }
}
