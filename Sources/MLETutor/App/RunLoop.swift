/// Runs the tutor on a terminal: shows the state, turns what the terminal reports into actions,
/// and carries out the effects `update` asks for. The only place where state meets the world.
struct RunLoop {
    var state: AppState
    /// Saves progress; a failure is reported to `update` as `.saveFailed`, never fatal.
    var saveProgress: (LearnerProgress) throws -> Void
    /// Asked once per turn: true when a signal (SIGTERM, SIGHUP) asked the tutor to end.
    var terminationRequested: () -> Bool

    init(
        state: AppState, saveProgress: @escaping (LearnerProgress) throws -> Void,
        terminationRequested: @escaping () -> Bool = { false }
    ) {
        self.state = state
        self.saveProgress = saveProgress
        self.terminationRequested = terminationRequested
    }

    /// How long to wait for a key before a tick, while a page animates.
    static let tickMilliseconds = 50
    /// How long to wait for a key otherwise, so that a termination signal is noticed promptly.
    static let idleMilliseconds = 200

    /// Runs until the learner quits or a termination signal arrives. Returns the final state.
    @discardableResult
    mutating func run(on driver: some TerminalDriver) -> AppState {
        let size = driver.size
        _ = AppUpdate.update(&state, .resized(width: size.width, height: size.height))
        var needsDrawing = true
        while true {
            if needsDrawing {
                driver.present(AppView.render(state))
            }
            needsDrawing = true
            if terminationRequested() {
                perform(AppUpdate.update(&state, .key(.interrupt)))
                return state
            }
            let animating = state.isAnimating
            let event = driver.nextEvent(timeoutMilliseconds: animating ? Self.tickMilliseconds : Self.idleMilliseconds)
            let action: Action
            switch event {
            case .key(let key)?: action = .key(key)
            case .resized(let width, let height)?: action = .resized(width: width, height: height)
            case nil:
                let beat = AppUpdate.tick(&state)
                needsDrawing = animating && beat.changed
                perform(beat.effects)
                continue
            }
            if perform(AppUpdate.update(&state, action)) { return state }
        }
    }

    /// Carries out `effects`; true when one of them is `.quit`.
    @discardableResult
    private mutating func perform(_ effects: [Effect]) -> Bool {
        var quitting = false
        for effect in effects {
            switch effect {
            case .saveProgress(let progress):
                // The outcome goes back through `update`, which decides what the learner sees.
                do {
                    try saveProgress(progress)
                    _ = AppUpdate.update(&state, .saveSucceeded)
                } catch {
                    _ = AppUpdate.update(&state, .saveFailed(reason: SaveFailure.words(for: error)))
                }
            case .quit:
                quitting = true
            }
        }
        return quitting
    }
}

extension AppState {
    /// True while the page on screen animates and wants ticks.
    var isAnimating: Bool {
        guard !isTooSmall, !showingHelp else { return false }
        return activePage?.wantsTicks ?? false
    }
}
