import Foundation
import Testing

@testable import MLETutor

@Suite struct ProgressStoreTests {
    /// A store in a fresh temporary folder.
    private func temporaryStore() throws -> ProgressStore {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("mletutor-tests-\(UUID().uuidString)").path
        return ProgressStore(directory: directory + "/mletutor")
    }

    private func sampleProgress() -> LearnerProgress {
        var progress = LearnerProgress()
        progress.currentLessonID = "coin-tosses"
        progress.lessons["coin-tosses"] = LessonProgress(page: "finding-the-peak", checkpoints: ["check-yourself"])
        progress.markFinished("why-likelihood")
        return progress
    }

    @Test func missingFileGivesFreshProgressWithoutWarning() throws {
        let loaded = try temporaryStore().load()
        #expect(loaded.progress == LearnerProgress())
        #expect(loaded.warning == nil)
    }

    @Test func savedProgressLoadsBackEqual() throws {
        let store = try temporaryStore()
        try store.save(sampleProgress())
        let loaded = store.load()
        #expect(loaded.progress == sampleProgress())
        #expect(loaded.warning == nil)
    }

    @Test func saveReplacesTheFileAndLeavesNoTemporaryFileBehind() throws {
        let store = try temporaryStore()
        try store.save(LearnerProgress())
        try store.save(sampleProgress())
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        #expect(names.sorted() == ["progress.json", "progress.lock"])
        #expect(store.load().progress == sampleProgress())
    }

    /// `list` only reads: a file it cannot read (here one from a newer version) stays where it
    /// is, byte for byte, and the warning says which version wrote it.
    @Test func readingWithoutSettingAsideLeavesANewerFileAlone() throws {
        let store = try temporaryStore()
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let newer = Data("{\"version\": \(LearnerProgress.currentVersion + 1), \"lessons\": {}}".utf8)
        #expect(FileManager.default.createFile(atPath: store.path, contents: newer))
        let loaded = store.load(settingAside: false)
        #expect(loaded.progress == LearnerProgress())
        #expect(
            loaded.warning
                == "warning: \(store.path) was written by a newer mletutor (progress version \(LearnerProgress.currentVersion + 1); this one reads version \(LearnerProgress.currentVersion)); showing no progress and leaving it as it is"
        )
        #expect(FileManager.default.contents(atPath: store.path) == newer)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory) == ["progress.json"])
    }

    @Test func corruptFileIsMovedAsideNotDeletedAndTheLearnerStartsFresh() throws {
        let store = try temporaryStore()
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let garbage = Data("{ this is not progress".utf8)
        #expect(FileManager.default.createFile(atPath: store.path, contents: garbage))
        let now = Date(timeIntervalSince1970: 1_795_800_000)
        let loaded = store.load(now: now)
        let aside = store.path + ".corrupt-20261127T172000Z"
        #expect(loaded.progress == LearnerProgress())
        #expect(
            loaded.warning
                == "warning: \(store.path) could not be read as progress; moved it to \(aside) and started fresh")
        #expect(FileManager.default.contents(atPath: aside) == garbage)
        #expect(!FileManager.default.fileExists(atPath: store.path))
    }

    @Test func secondCorruptFileInTheSameSecondGetsItsOwnName() throws {
        let store = try temporaryStore()
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let now = Date(timeIntervalSince1970: 0)
        #expect(FileManager.default.createFile(atPath: store.path, contents: Data("first".utf8)))
        _ = store.load(now: now)
        #expect(FileManager.default.createFile(atPath: store.path, contents: Data("second".utf8)))
        _ = store.load(now: now)
        let first = FileManager.default.contents(atPath: store.path + ".corrupt-19700101T000000Z")
        let second = FileManager.default.contents(atPath: store.path + ".corrupt-19700101T000000Z-2")
        #expect(first == Data("first".utf8))
        #expect(second == Data("second".utf8))
    }

    @Test func resetRemovesTheFile() throws {
        let store = try temporaryStore()
        #expect(try store.reset() == false)
        try store.save(sampleProgress())
        #expect(try store.reset() == true)
        #expect(!FileManager.default.fileExists(atPath: store.path))
    }

    @Test func locationFollowsXDGStateHomeThenHome() {
        #expect(
            ProgressStore(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/a"]).path
                == "/state/mletutor/progress.json")
        #expect(
            ProgressStore(environment: ["HOME": "/home/a"]).path
                == "/home/a/.local/state/mletutor/progress.json")
        #expect(
            ProgressStore(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"]).path
                == "/home/a/.local/state/mletutor/progress.json")
    }
}
