import Testing

@testable import MLETutor

/// The run loop on an in-memory terminal: frames shown, progress saved, quitting and signals.
@Suite struct RunLoopTests {
    private final class SavedProgress {
        var saves: [LearnerProgress] = []
    }

    private func loop(_ saved: SavedProgress, terminate: @escaping () -> Bool = { false }) throws -> RunLoop {
        let state = AppState.onMap(
            course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: .standard, width: 80, height: 24)
        return RunLoop(state: state, saveProgress: { saved.saves.append($0) }, terminationRequested: terminate)
    }

    @Test func keysChangeTheScreenAndQuitSavesThePlace() throws {
        let saved = SavedProgress()
        var runLoop = try loop(saved)
        let driver = InMemoryDriver(
            width: 80, height: 24, script: [.key(.enter), nil, .key(.character("n")), .key(.character("q"))])
        let final = runLoop.run(on: driver)
        #expect(driver.frames.count == 3, "a frame per key; a wait that times out redraws nothing")
        #expect(driver.frames[1].line(0).contains("1. A first lesson"))
        #expect(driver.frames[2].line(0).contains("page 2 of 2"))
        #expect(saved.saves.last?.currentLessonID == "first")
        #expect(saved.saves.last?.lessons["first"]?.page == "a-derivation")
        #expect(final.progress == saved.saves.last)
    }

    @Test func resizeRelaysOutAtOnce() throws {
        let saved = SavedProgress()
        var runLoop = try loop(saved)
        let driver = InMemoryDriver(
            width: 80, height: 24, script: [.resized(width: 120, height: 30), .resized(width: 60, height: 20)])
        runLoop.run(on: driver)
        #expect(driver.frames[1].width == 120)
        #expect(driver.frames[1].height == 30)
        #expect(driver.frames[2].description.contains("Terminal too small: 60x20."))
    }

    @Test func terminationSignalSavesAndEnds() throws {
        let saved = SavedProgress()
        var turns = 0
        var runLoop = try loop(saved) {
            turns += 1
            return turns > 2
        }
        let driver = InMemoryDriver(
            width: 80, height: 24, script: [.key(.enter), .key(.character("n")), .key(.character("n"))])
        let final = runLoop.run(on: driver)
        #expect(saved.saves.last?.lessons["first"]?.page == "a-derivation")
        guard case .lesson(let session) = final.screen else {
            Issue.record("expected to end inside the lesson")
            return
        }
        #expect(session.pageIndex == 1)
    }

    @Test func aPlayingOptimizerIsRedrawnOnlyOnTheTicksThatStepIt() throws {
        let state = try ExplorerFixture.state(page: 2)
        var runLoop = RunLoop(state: state, saveProgress: { _ in })
        let waits = Array(repeating: TerminalEvent?.none, count: 2 * OptimizerRun.speeds[0].ticks)
        let driver = InMemoryDriver(width: 80, height: 24, script: [.key(.character("g"))] + waits)
        let final = runLoop.run(on: driver)
        #expect(driver.frames.count == 4, "the first frame, the one after g, and one per step taken")
        #expect(ExplorerFixture.page(final, as: OptimizerPage.self)?.run.path.count == 3)
        #expect(driver.frames[2] != driver.frames[3])
    }

    @Test func failedSaveIsShownNotFatal() throws {
        struct DiskFull: Error, CustomStringConvertible { var description: String { "disk full" } }
        let state = AppState.onMap(
            course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: .standard, width: 80, height: 24)
        var runLoop = RunLoop(state: state, saveProgress: { _ in throw DiskFull() })
        let driver = InMemoryDriver(width: 80, height: 24, script: [.key(.enter), .key(.character("m"))])
        runLoop.run(on: driver)
        #expect(driver.frames[2].description.contains("Could not save progress: disk full"))
    }
}
