import Foundation
import Testing

/// `mletutor explore` in a real terminal (tmux), driven by keys as a learner would.
@Suite(.serialized) struct ExploreInTerminalTests {
    @Test func theCoinsThreeReadouts() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " explore binomial --trials 10 --data 7; " + TerminalSession.printStatus)
        try session.waitFor("p = 0.50 (step 0.01)   L(p) = 0.1172")
        for _ in 0..<20 { try session.press("Right") }
        try session.waitFor("p = 0.70 (step 0.01)   L(p) = 0.2668")
        for _ in 0..<20 { try session.press("l") }
        try session.waitFor("p = 0.90 (step 0.01)   L(p) = 0.05740")
        try session.press("q")
        #expect(try session.waitForStatus() == 0)
    }

    @Test func theOptimizerAfterAAgreesWithFitOnTheNewData() throws {
        let session = try TerminalSession(width: 120, height: 36)
        try session.run(session.binary + " explore poisson --data 2,4,1,3; " + TerminalSession.printStatus)
        try session.waitFor("Slider   Optimizer")
        try session.press("A")
        let screen = try session.waitFor("Data (n = 14)")
        // The data strip lists every value: the four given and the ten added.
        let strip = try #require(screen.split(separator: "\n").first { $0.contains("Data (n = 14)") })
        let listed = try #require(strip.firstMatch(of: /Data \(n = 14\): ([0-9 ]+)  →/)).1
        let values = listed.split(separator: " ").map(String.init)
        #expect(values.count == 14)

        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mletutor-e2e-poisson-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try values.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let fit = try TerminalSession.command(
            try TerminalSession.mletutorPath(), ["fit", "poisson", file.path, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(fit.output.utf8)) as? [String: Any])
        let lambda = try #require((json["parameters"] as? [String: Double])?["lambda"])

        try session.press("Tab")
        try session.waitFor("Ready: s takes one step")
        try session.press("e")
        let done = try session.waitFor("Result: λ = ")
        let line = try #require(done.split(separator: "\n").first { $0.contains("Result: λ = ") })
        let match = try #require(line.firstMatch(of: /Result: λ = ([0-9.]+)/))
        let shown = try #require(Double(match.1))
        #expect(abs(shown - lambda) <= 1e-6 * lambda, "explore's optimizer \(shown), fit \(lambda)")
        #expect(done.contains("n = 14 from"))
        try session.press("q")
        #expect(try session.waitForStatus() == 0)
    }

    @Test func newtonOnAGammaFileWithBetaFixedEndsWhereFitDoes() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mletutor-e2e-gamma-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        // Positive values of varied size, deterministic: a Gamma shape fit has no closed form.
        let values = (1...400).map { index -> String in
            let u = Double((index * 7919) % 1000) / 1000 + 0.0005
            return String(-log(u) * (1 + Double(index % 5) / 4))
        }
        try values.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)

        let fit = try TerminalSession.command(
            try TerminalSession.mletutorPath(), ["fit", "gamma", "--beta", "1", file.path, "--json"])
        #expect(fit.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(fit.output.utf8)) as? [String: Any])
        let alpha = try #require((json["parameters"] as? [String: Double])?["alpha"])

        let session = try TerminalSession(width: 110, height: 36)
        try session.run(session.binary + " explore gamma --beta 1 " + file.path + "; " + TerminalSession.printStatus)
        try session.waitFor("Slider   Optimizer")
        try session.press("Tab")
        try session.waitFor("Ready: s takes one step")
        try session.press("o")
        try session.waitFor("Newton-Raphson   start")
        let screen = try session.waitUntil("Newton to converge") { screen in
            if screen.contains("Converged after") { return true }
            _ = try? session.press("s")
            return false
        }
        let line = try #require(screen.split(separator: "\n").first { $0.contains("Result: α = ") })
        let shown = try #require(Double(line.split(separator: " ").dropFirst(3).first ?? ""))
        #expect(abs(shown - alpha) <= 1e-10 * alpha, "explore's Newton gives \(shown), fit gives \(alpha)")
        try session.press("q")
        #expect(try session.waitForStatus() == 0)
    }

    /// `fit` with no file and the keyboard on standard input says what it wants instead of waiting.
    @Test func fitWithoutDataAtATerminalSaysWhatItNeeds() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " fit gamma; " + TerminalSession.printStatus)
        #expect(try session.waitForStatus() == 64)
        #expect(try session.screen().contains("give the data as a FILE or on standard input"))
        let comparing = try TerminalSession()
        try comparing.run(comparing.binary + " fit --compare auto; " + TerminalSession.printStatus)
        #expect(try comparing.waitForStatus() == 64)
        #expect(try comparing.screen().contains("give the data as a FILE or on standard input"))
    }

    @Test func badDataStopBeforeTheTerminalIsTakenOver() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " explore poisson --data 1,2,x; " + TerminalSession.printStatus)
        #expect(try session.waitForStatus() == 65)
        #expect(try session.screen().contains("--data:3: error: 'x' is not a number"))
    }
}
