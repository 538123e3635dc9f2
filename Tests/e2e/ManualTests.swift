import Foundation
import Testing

/// docs/mletutor.1 is generated from the command-line definitions (`make man`, through
/// swift-argument-parser's generate-manual plugin) and committed, so that installing needs no
/// plugin run. This keeps it from drifting: every command, option and help line the parser knows
/// must be in the page.
@Suite struct ManualTests {
    /// Every command's name and abstract and every shown argument's long names and abstract, as
    /// the lines generate-manual writes for them.
    private func expectedLines(_ command: [String: Any], isRoot: Bool = false, into lines: inout [String]) {
        if !isRoot, let name = command["commandName"] as? String { lines.append(".It Em \(name)") }
        for argument in command["arguments"] as? [[String: Any]] ?? [] {
            guard argument["shouldDisplay"] as? Bool ?? true else { continue }
            for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                if let long = name["name"] as? String { lines.append(".It Fl … -\(long)") }
            }
            if let abstract = argument["abstract"] as? String, !abstract.isEmpty { lines.append(abstract) }
        }
        for subcommand in command["subcommands"] as? [[String: Any]] ?? [] {
            if let abstract = subcommand["abstract"] as? String { lines.append(abstract) }
            expectedLines(subcommand, into: &lines)
        }
    }

    @Test func theManPageNamesEveryCommandAndOptionWithItsHelp() throws {
        let dump = try TerminalSession.command(try TerminalSession.mletutorPath(), ["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let root = try #require(tool["command"] as? [String: Any])
        var lines: [String] = []
        expectedLines(root, isRoot: true, into: &lines)
        #expect(lines.count > 40, "the parser's description looks incomplete: \(lines.count) lines")
        let page = try String(
            contentsOf: InstallTests.repository.appendingPathComponent("docs/mletutor.1"), encoding: .utf8)
        // An option's line is `.It Fl -page Ar page`, or `.It Fl y , -yes` with a short name.
        let optionLines = page.split(separator: "\n").filter { $0.hasPrefix(".It Fl ") }.map {
            $0.split(separator: " ")
        }
        let missing = lines.filter { line in
            guard line.hasPrefix(".It Fl … ") else { return !page.contains(line) }
            let option = line.dropFirst(".It Fl … ".count)
            return !optionLines.contains { $0.contains(option) }
        }
        #expect(
            missing.isEmpty,
            """
            docs/mletutor.1 is out of date: run `make man` (Scripts/generate-manual.sh) and commit \
            docs/mletutor.1. Missing: \(missing.joined(separator: " | "))
            """)
    }
}
