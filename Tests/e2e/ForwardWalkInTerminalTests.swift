import Foundation
import Testing

/// A learner who only ever goes forward, in the real tutor at 80×24: every hidden step of a
/// derivation comes on screen before the page turns.
@Suite(.serialized) struct ForwardWalkInTerminalTests {
    @Test func forwardOnlyWalkShowsEveryStepOfTheDerivation() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " coin-tosses --page 2")
        try session.waitFor("page 2 of")
        var screens: [String] = []
        var presses = 0
        while presses < 30 {
            let screen = try session.screen()
            screens.append(screen)
            if screen.contains("page 3 of") { break }
            try session.press("n")
            presses += 1
            try session.waitUntil("the screen to change") { $0 != screen }
        }
        let all = screens.joined(separator: "\n")
        #expect(all.contains("page 3 of"), "the page turned in the end")
        for heading in ["Take logs.", "Differentiate.", "Set the score to zero.", "Check it is a maximum."] {
            #expect(all.contains(heading), "step '\(heading)' was on screen before the page turned")
        }
        #expect(all.contains("next step · 1 of 4"), "the key bar said what n would do")
    }

    @Test func aFreshLearnerWhoOnlyPressesNextCompletesNothing() throws {
        let session = try TerminalSession(width: 80, height: 24)
        try session.run(session.binary)
        let map = try session.waitFor("lessons done")
        let lessonCount = Int(map.firstMatch(of: /of (\d+) lessons done/)?.1 ?? "") ?? 0
        #expect(lessonCount >= 7)
        for _ in 0..<lessonCount {
            try session.press("Enter")
            try session.waitFor("page 1 of")
            var presses = 0
            while presses < 200 {
                let screen = try session.screen()
                if screen.contains("lessons done") { break }
                try session.press("n")
                presses += 1
                try session.waitUntil("the screen to change") { $0 != screen }
            }
        }
        try session.press("q")
        try session.waitUntil("the shell prompt") { !$0.contains("lessons done") }
        try session.run("clear; " + session.binary + " list")
        let list = try session.waitFor("checkpoint")
        let withWork = list.split(separator: "\n").filter { $0.contains("checkpoint") }
        #expect(!withWork.isEmpty)
        for line in withWork {
            #expect(line.contains("[ ]") && line.contains(" 0 of "), "only n pressed, nothing done: \(line)")
        }
    }
}
