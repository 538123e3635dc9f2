import Foundation
import Testing

/// `Scripts/install.sh` (what `make install` runs): the binary, the man page and the completions
/// under a prefix, and their removal.
///
/// The test installs the debug binary `swift test` has just built (MLETUTOR_BINARY) instead of
/// letting the script build a release one: measured on the two shared cores this was written on,
/// `make install` took 4 minutes from a fresh clone and 1.5 minutes with the dependencies built,
/// and a build run from inside `swift test` would wait on the lock `swift test` holds on .build.
/// Everything after the build is the script's own path.
@Suite(.serialized) struct InstallTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let installedFiles = [
        "bin/mletutor", "share/man/man1/mletutor.1", "share/bash-completion/completions/mletutor",
        "share/zsh/site-functions/_mletutor", "share/fish/vendor_completions.d/mletutor.fish",
    ]

    /// Runs `script` with bash in `folder`, with PATH, LANG and `environment` only.
    private func bash(_ script: String, in folder: URL, environment: [String: String] = [:]) throws -> (
        status: Int32, output: String
    ) {
        var assignments = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=\(folder.path)"]
        assignments += environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return try TerminalSession.command(
            "/usr/bin/env", ["-i"] + assignments + ["/bin/bash", "--norc", "-c", "cd '\(folder.path)' && " + script])
    }

    private func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mletutor-install-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func installRunsFromAnotherFolderReadsItsManualAndUninstalls() throws {
        let prefix = try temporaryFolder("prefix")
        let elsewhere = try temporaryFolder("elsewhere")
        defer {
            try? FileManager.default.removeItem(at: prefix)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let script = Self.repository.appendingPathComponent("Scripts/install.sh").path
        let install = try bash(
            "'\(script)' --prefix '\(prefix.path)'", in: elsewhere,
            environment: ["MLETUTOR_BINARY": try TerminalSession.mletutorPath()])
        #expect(install.status == 0, "install.sh failed: \(install.output)")
        for file in Self.installedFiles {
            #expect(install.output.contains("installed \(prefix.path)/\(file)\n"), "not reported: \(file)")
            let size =
                (try? FileManager.default.attributesOfItem(atPath: prefix.appendingPathComponent(file).path))?[
                    .size] as? Int
            #expect((size ?? 0) > 0, "missing or empty: \(prefix.path)/\(file)")
        }
        #expect(install.output.contains("note: \(prefix.path)/bin is not on your PATH"))

        // The installed binary, found on PATH, from a folder that is not the checkout.
        let listed = try bash("mletutor list", in: elsewhere, environment: ["PATH": "\(prefix.path)/bin:/usr/bin:/bin"])
        #expect(listed.status == 0, "\(listed.output)")
        #expect(listed.output.contains("why-likelihood"))

        // man finds the page under the prefix (as `man mletutor` does for ~/.local/bin on PATH)
        // and formats it without a warning.
        let manual = try bash(
            "MANWIDTH=80 man -P cat -M '\(prefix.path)/share/man' mletutor 2>&1 && MANWIDTH=80 man -P cat -l '\(prefix.path)/share/man/man1/mletutor.1' 2>&1 | wc -l",
            in: elsewhere)
        #expect(manual.status == 0, "\(manual.output)")
        #expect(manual.output.contains("mletutor — An interactive terminal tutorial"))
        #expect(manual.output.contains("SYNOPSIS"))
        #expect(manual.output.contains("explore"))
        #expect(!manual.output.contains("warning"), "\(manual.output)")

        let uninstall = try bash("'\(script)' --uninstall --prefix '\(prefix.path)'", in: elsewhere)
        #expect(uninstall.status == 0, "\(uninstall.output)")
        for file in Self.installedFiles {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "left: \(file)")
            #expect(uninstall.output.contains("removed \(prefix.path)/\(file)\n"))
        }
    }

    /// Asks the installed bash completion what it offers for `line` (the word being completed
    /// last), as bash does on Tab.
    private func bashCompletions(_ line: String, prefix: URL) throws -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map { "'\($0)'" }
        let script = """
            source '\(prefix.path)/share/bash-completion/completions/mletutor'
            COMP_WORDS=(\(words.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
            COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            _mletutor; printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try bash(script, in: prefix, environment: ["PATH": "\(prefix.path)/bin:/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesLessonIdsAndDistributionNames() throws {
        let prefix = try temporaryFolder("completion")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let script = Self.repository.appendingPathComponent("Scripts/install.sh").path
        let install = try bash(
            "'\(script)' --prefix '\(prefix.path)'", in: prefix,
            environment: ["MLETUTOR_BINARY": try TerminalSession.mletutorPath()])
        try #require(install.status == 0, "install.sh failed: \(install.output)")

        // Lesson ids come from the course the binary carries, filtered by what is typed.
        #expect(try bashCompletions("mletutor render why", prefix: prefix) == ["why-likelihood", "why-logs"])
        #expect(try bashCompletions("mletutor tutor coin", prefix: prefix) == ["coin-tosses"])
        // With --lessons DIR on the line, the ids come from that folder.
        let folder = prefix.appendingPathComponent("my-lessons")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id: first-steps\ntitle: First steps\nsummary: One sentence.\npages:\n  - kind: text\n    body: Hello.\n"
            .write(to: folder.appendingPathComponent("01-first.yaml"), atomically: true, encoding: .utf8)
        #expect(try bashCompletions("mletutor render --lessons \(folder.path) f", prefix: prefix) == ["first-steps"])
        #expect(try bashCompletions("mletutor ", prefix: prefix).contains("explore"))

        // Distribution names are the parser's own list for `fit`'s argument.
        let help = try TerminalSession.command(
            try TerminalSession.mletutorPath(), ["fit", "--experimental-dump-help"])
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(help.output.utf8)) as? [String: Any])
        let arguments = try #require((tool["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        let distribution = try #require(arguments.first { ($0["valueName"] as? String) == "distribution" })
        let completion = try #require(distribution["completionKind"] as? [String: Any])
        let names = try #require((completion["list"] as? [String: Any])?["values"] as? [String])
        #expect(names.count >= 6)
        #expect(try bashCompletions("mletutor fit ", prefix: prefix) == names)
        #expect(try bashCompletions("mletutor explore ", prefix: prefix) == names)

        // zsh and fish ask the binary for lesson ids the same way.
        for file in ["share/zsh/site-functions/_mletutor", "share/fish/vendor_completions.d/mletutor.fish"] {
            let text = try String(contentsOf: prefix.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("---completion tutor -- positional@0"), "\(file) does not complete lesson ids")
        }
    }
}
