import Foundation
import Testing

/// A progress save that fails, in the real tutor: a notice in words while it runs, and on quit
/// where and why on standard error once the terminal is restored, with a non-zero exit.
@Suite(.serialized) struct SaveFailureInTerminalTests {
    @Test func aFailedSaveIsShownWhileRunningAndReportedOnQuit() throws {
        // A state folder under /proc cannot be created, even by root.
        let session = try TerminalSession(environment: ["XDG_STATE_HOME": "/proc/mletutor-e2e-unwritable"])
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mletutor-e2e-stderr-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: errors) }
        try session.run(session.binary + " 2 2>" + errors.path + "; " + TerminalSession.printStatus)
        try session.waitFor("page 1 of")
        try session.press("n")
        let screen = try session.waitFor("Progress not saved:")
        #expect(!screen.contains("Domain="))
        try session.press("q")
        #expect(try session.waitForStatus() == 1)
        let stderr = try String(contentsOf: errors, encoding: .utf8)
        #expect(stderr.contains("could not save your progress to /proc/mletutor-e2e-unwritable/mletutor/progress.json"))
        let modes = try session.terminalModes()
        #expect(modes.canonical && modes.echo, "the terminal was restored first")
    }
}
