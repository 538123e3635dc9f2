import Foundation
import Testing

@testable import MLETutor

/// Progress is never lost (issue 15.6) and a damaged file never locks the learner out (15.2).
@Suite struct ProgressSafetyTests {
    private func temporaryStore() throws -> ProgressStore {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("mletutor-safety-\(UUID().uuidString)").path
        let store = ProgressStore(directory: directory + "/mletutor")
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        return store
    }

    @Test func twoTutorsSharingAFolderKeepBothCompletions() throws {
        let store = try temporaryStore()
        var first = store.load().progress
        var second = store.load().progress
        first.markFinished("why-likelihood")
        first.markCheckpointMet("quiz", in: "coin-tosses")
        first.currentLessonID = "why-likelihood"
        try store.save(first)
        second.markCheckpointMet("explorer", in: "coin-tosses")
        second.currentLessonID = "coin-tosses"
        try store.save(second)
        let merged = store.load().progress
        #expect(merged.lessons["why-likelihood"]?.finished == true)
        #expect(merged.lessons["coin-tosses"]?.checkpoints == ["quiz", "explorer"])
        #expect(merged.currentLessonID == "coin-tosses", "the last writer says where the learner is")
    }

    @Test func concurrentSavesLoseNoCompletion() async throws {
        let store = try temporaryStore()
        let ids = (0..<12).map { "lesson-\($0)" }
        await withTaskGroup(of: Void.self) { group in
            for id in ids {
                group.addTask {
                    var progress = LearnerProgress()
                    progress.markFinished(id)
                    try? store.save(progress)
                }
            }
        }
        let loaded = store.load().progress
        #expect(ids.allSatisfy { loaded.lessons[$0]?.finished == true })
    }

    @Test func mergingKeepsTheBetterBestAndTheMoreAttempts() {
        var mine = LearnerProgress()
        mine.record(PageResult(score: 2, total: 4, missed: ["q0", "q1"]), page: "quiz", in: "a")
        var theirs = LearnerProgress()
        theirs.record(PageResult(score: 4, total: 4, missed: []), page: "quiz", in: "a")
        theirs.record(PageResult(score: 1, total: 4, missed: ["q0", "q1", "q2"]), page: "quiz", in: "a")
        theirs.record(PageResult(score: 1, total: 2, missed: ["q1"]), page: "check", in: "a")
        let merged = mine.merged(with: theirs)
        let record = merged.record(page: "quiz", in: "a")
        #expect(record?.best.score == 4)
        #expect(record?.latest.score == 2, "the saving tutor's latest")
        #expect(record?.attempts == 2)
        #expect(merged.record(page: "check", in: "a")?.best.score == 1)
    }

    @Test func aFolderAtTheProgressPathIsSetAsideAndResetRefusesToDeleteIt() throws {
        let store = try temporaryStore()
        try FileManager.default.createDirectory(atPath: store.path + "/inside", withIntermediateDirectories: true)
        #expect(throws: ProgressStoreError.self) { try store.reset() }
        #expect(FileManager.default.fileExists(atPath: store.path + "/inside"))
        let loaded = store.load(now: Date(timeIntervalSince1970: 0))
        #expect(loaded.warning?.contains("is not a regular file; moved it to") == true)
        #expect(FileManager.default.fileExists(atPath: store.path + ".corrupt-19700101T000000Z/inside"))
    }

    @Test func staleTemporaryFilesFromKilledRunsAreRemovedAtStart() throws {
        let store = try temporaryStore()
        let dead = store.directory + "/.progress.json.tmp-999999999"
        let alive = store.directory + "/.progress.json.tmp-1"
        #expect(FileManager.default.createFile(atPath: dead, contents: Data("{".utf8)))
        #expect(FileManager.default.createFile(atPath: alive, contents: Data("{".utf8)))
        _ = store.load()
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: alive), "process 1 is alive: its save may be under way")
    }

    @Test func scoresThatWouldOverflowWhenAddedAreBroughtIntoRange() throws {
        let store = try temporaryStore()
        let huge = Int.max
        let json = """
            {"version": \(LearnerProgress.currentVersion), "lessons": {"a": {"finished": true, "records": {
              "p1": {"best": {"score": \(huge), "total": \(huge), "missed": ["x", "y"]},
                    "latest": {"score": 5, "total": 2, "missed": []}, "attempts": \(huge)},
              "p2": {"best": {"score": \(huge), "total": \(huge), "missed": []},
                    "latest": {"score": 0, "total": 1, "missed": []}, "attempts": 1}},
              "unfinished": {"p1": {"order": ["x"], "position": -4, "answers": {}}}}}}
            """
        #expect(FileManager.default.createFile(atPath: store.path, contents: Data(json.utf8)))
        let loaded = store.load()
        #expect(loaded.warning == nil)
        #expect(loaded.progress.lessons["a"]?.finished == true)
        #expect(loaded.progress.unfinishedQuiz(page: "p1", in: "a")?.position == 0)
        let best = try #require(loaded.progress.bestScore(in: "a"))
        #expect(best.score == 2 * LearnerProgress.countLimit)
        #expect(loaded.progress.record(page: "p1", in: "a")?.latest.score == 2)
        var progress = loaded.progress
        progress.record(PageResult(score: 1, total: 1, missed: []), page: "p1", in: "a")
    }
}
