import Foundation
import Testing

/// The tutor as a good terminal citizen (issue 15.5): exit statuses, signals that would leave the
/// terminal raw, Ctrl-Z, Alt+key, terminals that cannot address the cursor, a raw start.
@Suite(.serialized) struct TerminalCitizenTests {
    @Test func ctrlCExitsWith130AndSIGTERMWith143() throws {
        let session = try TerminalSession()
        try session.run(session.binary + "; " + TerminalSession.printStatus)
        try session.waitFor("Maximum Likelihood Estimation")
        try session.press("C-c")
        #expect(try session.waitForStatus() == 130)
        try session.run("clear; " + session.binary + "; " + TerminalSession.printStatus)
        try session.waitFor("Maximum Likelihood Estimation")
        let pid = try session.foregroundProcess()
        _ = try TerminalSession.command("/bin/kill", ["-TERM", String(pid)])
        #expect(try session.waitForStatus() == 143)
    }

    @Test(arguments: ["USR1", "USR2", "ALRM", "PIPE"])
    func signalsThatWouldEndTheProcessRawAreIgnored(signal: String) throws {
        let session = try TerminalSession()
        try session.run(session.binary + " 1; " + TerminalSession.printStatus)
        try session.waitFor("page 1 of")
        let pid = try session.foregroundProcess()
        _ = try TerminalSession.command("/bin/kill", ["-\(signal)", String(pid)])
        try session.press("n")
        try session.waitFor("page 2 of")
        try session.press("q")
        #expect(try session.waitForStatus() == 0)
        let modes = try session.terminalModes()
        #expect(modes.canonical && modes.echo)
    }

    @Test func sigquitRestoresTheTerminalBeforeDying() throws {
        let session = try TerminalSession()
        try session.run("SWIFT_BACKTRACE=enable=no " + session.binary + "; " + TerminalSession.printStatus)
        try session.waitFor("Maximum Likelihood Estimation")
        let pid = try session.foregroundProcess()
        _ = try TerminalSession.command("/bin/kill", ["-QUIT", String(pid)])
        #expect(try session.waitForStatus() == 128 + 3)
        let modes = try session.terminalModes()
        #expect(modes.canonical && modes.echo)
    }

    @Test func ctrlZSuspendsToTheShellAndFgRedraws() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " 1")
        try session.waitFor("page 1 of")
        try session.press("C-z")
        try session.waitUntil("the shell's job notice") { $0.contains("Stopped") }
        let modes = try session.terminalModes()
        #expect(modes.canonical && modes.echo)
        try session.run("fg")
        try session.waitFor("page 1 of")
        try session.press("n")
        try session.waitFor("page 2 of")
        try session.press("q")
        try session.waitUntil("the shell prompt") { !$0.contains("page 2 of") }
    }

    @Test func altKeyIsNotEscape() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " 1")
        try session.waitFor("page 1 of")
        // Alt+x arrives as ESC x together: Escape alone would go back to the lesson map.
        try session.press("M-x")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try session.screen().contains("page 1 of"))
        try session.press("Escape")
        try session.waitUntil("the lesson map") { !$0.contains("page 1 of") }
    }

    @Test func aTerminalWithoutCursorAddressingIsRefusedWithAPointerToRender() throws {
        let session = try TerminalSession(environment: ["TERM": "dumb"])
        try session.run(session.binary + "; " + TerminalSession.printStatus)
        let status = try session.waitForStatus()
        #expect(status == 1)
        let screen = try session.screen().replacingOccurrences(of: "\n", with: "")
        #expect(screen.contains("cannot move the cursor"))
        #expect(screen.contains("render LESSON --page N"))
    }

    @Test func aTerminalLeftRawByAKilledRunIsMadeSane() throws {
        let session = try TerminalSession()
        try session.run("stty raw -echo; " + session.binary + " 1")
        try session.waitFor("page 1 of")
        try session.press("q")
        try session.waitUntil("the shell prompt") { !$0.contains("page 1 of") }
        let modes = try session.terminalModes()
        #expect(modes.canonical && modes.echo)
    }
}
