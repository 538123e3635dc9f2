import Foundation
import Testing

/// The knowledge check of lesson 2 in a real terminal: one wrong answer and then the right one,
/// the rest answered right, and the summary read off the screen.
@Suite(.serialized) struct QuizInTerminalTests {
    @Test func aWrongThenRightAnswerIsExplainedAndTheSummaryNamesThePageToRevisit() throws {
        let session = try TerminalSession()
        try session.run(session.binary + " 2 --page 4")
        try session.waitFor("Question 1 of 5")

        try session.press("1", "Enter")
        let wrong = try session.waitFor("Not right. Try again: 1 try left.")
        #expect(wrong.contains("guessing is not estimating"), "the chosen option's explanation shows")
        try session.press("2", "Enter")
        try session.waitFor("Right (on try 2")
        try session.press("Enter")

        // False; the two true statements; the score at p = 0.5.
        for (number, keys) in [(2, ["2"]), (3, ["1", "3"]), (4, ["8"])] {
            try session.waitFor("Question \(number) of 5")
            for key in keys { try session.press(key) }
            try session.press("Enter")
            try session.waitFor("Right.")
            try session.press("Enter")
        }

        // The seeded question: count the heads on the screen, as a learner would.
        let seeded = try session.waitFor("Question 5 of 5")
        let tosses = try #require(Self.tosses(on: seeded))
        let heads = tosses.filter { $0 == "H" }.count
        try session.run("\(heads)/\(tosses.count)")
        try session.waitFor("Right.")
        try session.press("Enter")

        // The summary's lines may reach tmux in more than one write: wait for the last one too.
        let summary = try session.waitUntil("the quiz summary") {
            $0.contains("Quiz complete") && $0.contains("revisit page")
        }
        #expect(summary.contains("Your score: 4 of 5 right on the first try."))
        #expect(summary.contains("revisit page 1"))
        try session.press("q")
        try session.waitFor("$ ")
        #expect(session.progressFile?.contains("\"score\" : 4") == true)
    }

    /// The H and T tokens of the seeded question's prompt, which may wrap over several lines.
    static func tosses(on screen: String) -> [Substring]? {
        let text = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        guard let start = text.range(of: "times: "),
            let end = text.range(of: ". What", range: start.upperBound..<text.endIndex)
        else {
            return nil
        }
        return text[start.upperBound..<end.lowerBound].split(separator: " ")
    }
}
