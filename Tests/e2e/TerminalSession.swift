import Foundation
import Glibc
import Testing

/// A real terminal for end-to-end tests: a private tmux server running a plain shell, where the
/// test types commands and keys and reads the screen as a person would see it.
final class TerminalSession {
    let socket = "mletutor-e2e-\(UUID().uuidString.prefix(8))"
    let stateHome: URL
    let binary: String

    /// Starts a `width`×`height` terminal. `environment` adds variables to the shell's.
    init(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw SessionError("the end-to-end tests need tmux: apt-get install tmux (.ci/run installs it)")
        }
        binary = try Self.mletutorPath()
        stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("mletutor-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: stateHome, withIntermediateDirectories: true)
        var variables = [
            "HOME": stateHome.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color",
            "XDG_STATE_HOME": stateHome.path, "PS1": "$ ",
        ]
        variables.merge(environment) { $1 }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        try tmux(
            [
                "new-session", "-d", "-x", String(width), "-y", String(height),
                "env", "-i",
            ] + assignments + ["bash", "--norc", "--noprofile"])
        try waitFor("$")
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: stateHome)
    }

    /// The `mletutor` built beside the test bundle.
    static func mletutorPath() throws -> String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("mletutor").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        throw SessionError("cannot find the mletutor binary near \(executable.path); run 'swift build' first")
    }

    /// Types `text` and presses Enter.
    func run(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
        try tmux(["send-keys", "-t", "0", "Enter"])
    }

    /// Presses keys named as tmux names them (`Enter`, `Escape`, `C-c`, `Right`, `n`).
    func press(_ keys: String...) throws {
        for key in keys {
            try tmux(["send-keys", "-t", "0", key])
        }
    }

    /// The screen as plain text, one line a row.
    func screen(withEscapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (withEscapes ? ["-e"] : []))
    }

    /// Waits until the screen shows `text`; fails with the screen when it does not in time.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation)
        throws -> String
    {
        try waitUntil("the screen to show '\(text)'", timeout: timeout, sourceLocation: sourceLocation) {
            $0.contains(text)
        }
    }

    /// Waits until `condition` holds for the screen; fails with the screen when it does not in time.
    @discardableResult
    func waitUntil(
        _ what: String, timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while clock.now < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
        throw SessionError("timed out waiting for \(what)")
    }

    /// A shell command that prints the last command's exit status as `status=<1000 + status>`,
    /// so the typed command itself never matches what `waitForStatus` looks for.
    static let printStatus = "echo status=$((1000 + $?))"

    /// Waits for the line `printStatus` prints and returns the exit status it reports.
    func waitForStatus(timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation) throws
        -> Int
    {
        let screen = try waitFor("status=1", timeout: timeout, sourceLocation: sourceLocation)
        let line = screen.split(separator: "\n").last { $0.hasPrefix("status=1") } ?? ""
        return (Int(line.dropFirst("status=".count)) ?? 0) - 1000
    }

    /// Resizes the terminal, as a person dragging the window would.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// The process id of the program running in the shell (mletutor while it runs).
    func foregroundProcess() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let children = try Self.command("/usr/bin/pgrep", ["-P", shell]).output
            .split(separator: "\n").compactMap { Int32($0) }
        guard let child = children.first else { throw SessionError("no program runs in the shell") }
        return child
    }

    /// Clears the screen and asks the shell whether the terminal is back in cooked mode with echo.
    func terminalModes() throws -> (canonical: Bool, echo: Bool) {
        try run(
            "clear; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo :modes"
        )
        let screen = try waitFor(":modes")
        let words = screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        return (words.contains("icanon"), words.contains("echo"))
    }

    /// The saved progress file's text, if there is one.
    var progressFile: String? {
        try? String(contentsOf: stateHome.appendingPathComponent("mletutor/progress.json"), encoding: .utf8)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Self.command("/usr/bin/tmux", ["-L", socket] + arguments)
        guard result.status == 0 else {
            throw SessionError("tmux \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
        return result.output
    }

    /// Runs a command to its end and returns its status and its output and errors together.
    ///
    /// Output goes through a temporary file rather than a pipe: `tmux new-session` leaves a
    /// server running that would hold a pipe open, and a reader waiting for its end would wait
    /// forever.
    static func command(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mletutor-e2e-out-\(UUID().uuidString)"
        ).path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // The test runner's threads block signals; a tmux server started with that mask would
        // pass it on to the tutor, which would then never see SIGWINCH or SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw SessionError("cannot run \(path): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }
}

struct SessionError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
