import Foundation
import Testing

/// Data on standard input, keys from the terminal: `… | mletutor explore`, as fzf and less do it.
@Suite(.serialized) struct PipeTests {
    @Test func exploreReadsPipedDataAndTakesKeysFromTheTerminal() throws {
        let session = try TerminalSession(width: 80, height: 24)
        try session.run(
            "printf '3\\n4\\n5\\n' | " + session.binary + " explore poisson; " + TerminalSession.printStatus)
        // The mean of 3, 4 and 5 is the Poisson MLE; the title names where the data came from.
        try session.waitFor("poisson, n = 3 from <stdin>")
        try session.waitFor("λ̂ = 4")
        try session.press("q")
        #expect(try session.waitForStatus() == 0)
    }

    @Test func exploreReadsTheDashFileAndDrawsEvenWithItsOutputPiped() throws {
        let session = try TerminalSession(width: 80, height: 24)
        let output = session.stateHome.appendingPathComponent("out.txt").path
        try session.run(
            "printf '1\\n0\\n1\\n1\\n' | " + session.binary + " explore bernoulli - > " + output + "; "
                + TerminalSession.printStatus)
        try session.waitFor("bernoulli, n = 4 from <stdin>")
        try session.press("q")
        #expect(try session.waitForStatus() == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "")
    }

    @Test func theTutorStartsWithStandardInputFromAPipe() throws {
        let session = try TerminalSession(width: 80, height: 24)
        try session.run("echo | " + session.binary + "; " + TerminalSession.printStatus)
        // A first start greets the learner over the map: the tutor drew and reads keys.
        try session.waitFor("Welcome to mletutor")
        try session.press("q")
        #expect(try session.waitForStatus() == 0)
    }

    @Test func withNoTerminalAtAllExploreSaysSoAndFails() throws {
        // setsid puts the process in a session without a controlling terminal: no /dev/tty.
        let result = try TerminalSession.command(
            "/usr/bin/setsid",
            ["--wait", "/bin/sh", "-c", "echo 3 | '\(try TerminalSession.mletutorPath())' explore poisson"])
        #expect(result.status == 1)
        #expect(result.output.contains("mletutor: error: the tutor needs an interactive terminal"))
        #expect(result.output.contains("no /dev/tty"))
    }

    @Test func exploreWithNoDataAndAKeyboardOnStandardInputAsksForData() throws {
        let session = try TerminalSession(width: 100, height: 24)
        try session.run(session.binary + " explore poisson; " + TerminalSession.printStatus)
        try session.waitFor("give the data as a FILE, with --data, or on standard input")
        #expect(try session.waitForStatus() == 64)
    }
}
