import ArgumentParser

/// Taking over the terminal for the tutor's run loop and giving it back: what `mletutor` and
/// `mletutor explore` share.
enum FullScreen {
    /// Runs the loop on the state `makeState` builds for the terminal's display and size, until
    /// the learner quits; returns the final state once the terminal is given back.
    @discardableResult
    static func run(
        display: DisplayFlags, saveProgress: @escaping (LearnerProgress) throws -> Void,
        makeState: (DisplayOptions, _ width: Int, _ height: Int) -> AppState
    ) throws -> AppState {
        let options = display.options(localeIsUTF8: TerminalLocale.activate())
        let driver: CursesDriver
        do {
            driver = try CursesDriver(wantsColor: options.color)
        } catch let error as TerminalError {
            printToStandardError("mletutor: error: \(error)")
            throw ExitCode(1)
        }
        var effective = options
        effective.color = driver.hasColor
        let size = driver.size
        var loop = RunLoop(
            state: makeState(effective, size.width, size.height), saveProgress: saveProgress,
            terminationRequested: { TerminalSignals.terminationRequested })
        TerminalSignals.clearTermination()
        let final = loop.run(on: driver)
        driver.stop()
        if let status = TerminalSignals.exitStatus { throw ExitCode(status) }
        return final
    }
}
