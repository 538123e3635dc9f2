import Foundation
import Testing

/// The real `mletutor` in a real terminal (tmux): what a learner sees and what their terminal
/// looks like afterwards.
@Suite(.serialized) struct TutorInTerminalTests {
    @Test func learnerQuitsAndComesBackToTheSamePage() throws {
        let session = try TerminalSession()
        try session.run(session.binary)
        try session.waitFor("Maximum Likelihood Estimation")
        try session.press("Enter")
        try session.waitFor("page 1 of")
        try session.press("n")
        try session.waitFor("page 2 of")
        try session.press("q")
        try session.waitFor("$ ")
        #expect(session.progressFile?.contains("\"page\" : \"fisher-s-question\"") == true)

        try session.run("clear; " + session.binary)
        let screen = try session.waitFor("page 2 of")
        #expect(screen.contains("1. Why likelihood?"))
    }

    @Test(arguments: ["q", "C-c"])
    func quittingRestoresCookedModeAndEcho(key: String) throws {
        let session = try TerminalSession()
        try session.run(session.binary)
        try session.waitFor("Maximum Likelihood Estimation")
        try session.press(key)
        try session.waitUntil("the shell prompt") { !$0.contains("Maximum Likelihood Estimation") }
        let modes = try session.terminalModes()
        #expect(modes.canonical)
        #expect(modes.echo)
    }

    @Test(arguments: ["TERM", "HUP"])
    func terminationSignalsEndCleanlyAndSave(signal: String) throws {
        let session = try TerminalSession()
        try session.run(session.binary + " 2 --page 2")
        try session.waitFor("page 2 of")
        let pid = try session.foregroundProcess()
        _ = try TerminalSession.command("/bin/kill", ["-\(signal)", String(pid)])
        try session.waitUntil("mletutor to end") { !$0.contains("page 2 of") }
        let modes = try session.terminalModes()
        #expect(modes.canonical)
        #expect(modes.echo)
        #expect(session.progressFile?.contains("\"currentLessonID\" : \"coin-tosses\"") == true)
    }

    @Test(arguments: ["ABRT", "SEGV", "ILL", "TRAP", "BUS"])
    func crashRestoresTheTerminalBeforeTheProcessDies(signal: String) throws {
        let session = try TerminalSession()
        // The handler hands the signal on to Swift's backtracer, which prints where the crash was.
        let report = "/tmp/mletutor-backtrace-\(signal)-\(getpid()).txt"
        defer { unlink(report) }
        try session.run(
            "SWIFT_BACKTRACE=interactive=no,output-to=\(report) " + session.binary + "; " + TerminalSession.printStatus)
        try session.waitFor("Maximum Likelihood Estimation")
        let pid = try session.foregroundProcess()
        _ = try TerminalSession.command("/bin/kill", ["-\(signal)", String(pid)])
        let status = try session.waitForStatus(timeout: .seconds(30))
        #expect(status > 128, "the process dies of the signal")
        let modes = try session.terminalModes()
        #expect(modes.canonical)
        #expect(modes.echo)
        let backtrace = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        #expect(backtrace.contains("Program crashed"), "Swift's backtracer ran after ours")
    }

    @Test func resizingRelaysOutAndWarnsBelowTheMinimum() throws {
        let session = try TerminalSession(width: 100, height: 30)
        try session.run(session.binary)
        try session.waitFor("Maximum Likelihood Estimation")
        try session.resize(width: 70, height: 20)
        try session.waitFor("Terminal too small: 70x20.")
        try session.resize(width: 140, height: 40)
        let screen = try session.waitFor("lessons done")
        let header = screen.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasSuffix("lessons done"))
        #expect(header.count > 100, "the header spans the new width")
    }

    @Test func escapeReturnsToTheMapWithoutALag() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " 1")
        try session.waitFor("page 1 of")
        let start = ContinuousClock.now
        try session.press("Escape")
        try session.waitFor("lessons done", timeout: .seconds(5))
        #expect(ContinuousClock.now - start < .milliseconds(600))
    }

    @Test func helpOverlayOpensAndCloses() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " 1")
        try session.waitFor("page 1 of")
        try session.press("?")
        try session.waitFor("Press any key to close.")
        try session.press("x")
        try session.waitUntil("help to close") { !$0.contains("Press any key to close.") }
    }

    @Test func combiningMarksReachTheScreen() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " coin-tosses --page 3")
        let screen = try session.waitFor("page 3 of")
        #expect(screen.contains("p̂ = k/n"), "a hat over p, not a bare p")
    }

    @Test func nonUTF8LocaleDrawsInASCII() throws {
        let session = try TerminalSession(environment: ["LANG": "C", "LC_ALL": "C"])
        try session.run(session.binary)
        let screen = try session.waitFor("Maximum Likelihood Estimation")
        #expect(screen.contains("> "))
        #expect(!screen.contains("▸"))
        #expect(!screen.contains("─"))
    }

    @Test func noColorEnvironmentDrawsWithoutColours() throws {
        let coloured = try TerminalSession()
        try coloured.run(coloured.binary)
        try coloured.waitFor("Maximum Likelihood Estimation")
        #expect(!Self.colourCodes(in: try coloured.screen(withEscapes: true)).isEmpty)

        let plain = try TerminalSession(environment: ["NO_COLOR": "1"])
        try plain.run(plain.binary)
        try plain.waitFor("Maximum Likelihood Estimation")
        #expect(Self.colourCodes(in: try plain.screen(withEscapes: true)) == [])
        #expect(try plain.screen(withEscapes: true).contains("\u{1b}[1m"), "bold stays")
    }

    @Test func unknownTerminalTypeGivesAClearMessage() throws {
        let session = try TerminalSession()
        try session.run("TERM=no-such-terminal " + session.binary + "; " + TerminalSession.printStatus)
        #expect(try session.waitForStatus() == 1)
        #expect(try session.screen().contains("mletutor: error: unknown terminal type 'no-such-terminal'"))
    }

    /// The colour-setting parameters (foreground or background, any palette) of the SGR escape
    /// sequences in `text`.
    static func colourCodes(in text: String) -> [Int] {
        var codes: [Int] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: "\u{1b}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" {
                let parameters = rest[..<end].split(separator: ";").compactMap { Int($0) }
                codes += parameters.filter {
                    (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0)
                }
            }
            rest = rest[end...]
        }
        return codes
    }
}
