import Foundation
import Testing

/// The `mletutor` commands that print rather than take over the terminal.
@Suite struct CommandLineTests {
    /// Runs `mletutor` with `arguments`, standard input from /dev/null, in a private state folder.
    private func mletutor(_ arguments: [String], input: String? = nil, state: URL? = nil) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try TerminalSession.mletutorPath())
        process.arguments = arguments
        let home =
            state ?? FileManager.default.temporaryDirectory.appendingPathComponent("mletutor-cli-\(UUID().uuidString)")
        process.environment = [
            "HOME": home.path, "XDG_STATE_HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
        ]
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mletutor-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func withoutATerminalTheTutorExplainsAndFails() throws {
        // setsid runs it in a session of its own, without a controlling terminal (no /dev/tty),
        // even when the tests run in one.
        let result = try TerminalSession.command("/usr/bin/setsid", ["--wait", try TerminalSession.mletutorPath()])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("mletutor: error: the tutor needs an interactive terminal"))
    }

    @Test func lintOfTheShippedCourseSummarises() throws {
        let result = try mletutor(["lint"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("ok: "))
        #expect(result.stdout.contains(" lessons, "))
    }

    @Test func lintOfABrokenFolderPrintsLocatedErrorsAndFails() throws {
        let folder = try temporaryFolder()
        try "id: a\ntitle: T\nsummary: s\npages:\n  - kind: txt\n    body: b\n"
            .write(to: folder.appendingPathComponent("01-a.yaml"), atomically: true, encoding: .utf8)
        let result = try mletutor(["lint", folder.path])
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "\(folder.path)/01-a.yaml:5:11: error: unknown page kind 'txt' in page 1; did you mean 'text'?"))
        #expect(result.stdout.hasSuffix("1 error\n"))
    }

    @Test func tutorRefusesToStartOnInvalidLessons() throws {
        let folder = try temporaryFolder()
        try "id: a\ntitle: T\npages: []\n".write(
            to: folder.appendingPathComponent("01-a.yaml"), atomically: true, encoding: .utf8)
        let result = try mletutor(["--lessons", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("01-a.yaml:1:1: error: missing field 'summary' in lesson"))
    }

    @Test func renderAllPrintsEveryPageUnderItsHeading() throws {
        let result = try mletutor(["render", "--all", "--width", "80", "--height", "24"])
        #expect(result.status == 0)
        let headings = result.stdout.split(separator: "\n").filter { $0.hasPrefix("== ") }
        #expect(headings.first == "== why-likelihood page 1 ==")
        #expect(headings.count >= 5)
    }

    @Test func renderOfAPageIsExactlyTheRequestedHeight() throws {
        let result = try mletutor(["render", "coin-tosses", "--page", "2", "--width", "90", "--height", "30"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 31)
        #expect(result.stdout.hasPrefix(" 2. Seven heads in ten tosses"))
    }

    @Test func renderBelowTheSmallestFrameIsAUsageErrorNamingTheMinimum() throws {
        let result = try mletutor(["render", "1", "--width", "40", "--height", "10"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "--width must be from 80 to 1000 and --height from 24 to 1000 (the smallest frame the tutor draws is 80x24), got 40x10"
            ))
        #expect(try mletutor(["render", "1", "--width", "80", "--height", "23"]).status == 64)
    }

    @Test func renderRejectsAnUnknownLessonAndAPageOutOfRange() throws {
        let unknown = try mletutor(["render", "no-such-lesson"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no lesson 'no-such-lesson'"))
        let page = try mletutor(["render", "1", "--page", "99"])
        #expect(page.status != 0)
        #expect(page.stderr.contains("lesson 'why-likelihood' has"))
    }

    @Test func listShowsLessonsAndCompletion() throws {
        let state = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: state.appendingPathComponent("mletutor"), withIntermediateDirectories: true)
        try #"{"version": 1, "lessons": {"why-likelihood": {"page": 0, "completed": true}}}"#
            .write(to: state.appendingPathComponent("mletutor/progress.json"), atomically: true, encoding: .utf8)
        let result = try mletutor(["list"], state: state)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("1  [x] why-likelihood") == true)
        #expect(lines.dropFirst().first?.hasPrefix("2  [ ] coin-tosses") == true)
    }

    @Test func resetAsksAndClearsOnlyOnYes() throws {
        let state = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: state.appendingPathComponent("mletutor"), withIntermediateDirectories: true)
        let file = state.appendingPathComponent("mletutor/progress.json")
        try #"{"version": 1, "lessons": {}}"#.write(to: file, atomically: true, encoding: .utf8)
        let declined = try mletutor(["reset"], input: "n\n", state: state)
        #expect(declined.stdout.hasSuffix("Nothing changed.\n"))
        #expect(FileManager.default.fileExists(atPath: file.path))
        let accepted = try mletutor(["reset"], input: "y\n", state: state)
        #expect(accepted.stdout.hasSuffix("Progress cleared.\n"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
        let again = try mletutor(["reset", "--yes"], state: state)
        #expect(again.stdout == "There was no progress to clear.\n")
    }

    @Test func versionPrints() throws {
        let result = try mletutor(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}
