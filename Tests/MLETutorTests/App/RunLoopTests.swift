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

    @Test func aFailedSaveIsShownInWordsOnEveryScreenUntilASaveSucceeds() throws {
        final class Disk: @unchecked Sendable { var full = true }
        let disk = Disk()
        let state = AppState.onMap(
            course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: .standard, width: 80, height: 24)
        var runLoop = RunLoop(
            state: state,
            saveProgress: { _ in
                if disk.full {
                    throw ProgressStoreError(message: "cannot write /x/progress.json: no space left on device")
                }
            })
        let driver = InMemoryDriver(
            width: 80, height: 24,
            script: [.key(.enter), .key(.character("n")), .key(.character("m")), .key(.character("q"))])
        let final = runLoop.run(on: driver)
        let notice = "Progress not saved: cannot write /x/progress.json: no space left on device."
        #expect(driver.frames[1].description.contains(notice), "in the lesson")
        #expect(driver.frames[2].description.contains(notice), "still there after another key")
        #expect(driver.frames[3].description.contains(notice), "on the map too")
        #expect(!driver.frames[1].description.contains("NSCocoaErrorDomain"))
        #expect(final.saveProblem != nil, "the save on quit failed too")
        disk.full = false
        var recovered = RunLoop(state: final, saveProgress: { _ in })
        let again = recovered.run(
            on: InMemoryDriver(width: 80, height: 24, script: [.key(.enter), .key(.character("q"))]))
        #expect(again.saveProblem == nil, "a successful save clears the notice")
    }

    @Test func theDismissKeyClearsTheNotice() throws {
        var state = AppState.onMap(
            course: try FixtureCourse.course(), progress: LearnerProgress(),
            options: .standard, width: 80, height: 24)
        _ = AppUpdate.update(&state, .saveFailed(reason: "permission denied"))
        #expect(AppView.render(state).description.contains("Progress not saved: permission denied."))
        _ = AppUpdate.update(&state, .key(SaveProblemNotice.dismissKey))
        #expect(state.saveProblem == nil)
        #expect(!AppView.render(state).description.contains("Progress not saved"))
    }
}
