import Testing

@testable import MLETutor

/// Snapshots of the quiz page before and after answering, at the smallest supported size and a
/// large one.
@Suite struct QuizSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    private func snapshot(_ state: AppState, _ name: String, _ size: (Int, Int)) {
        let frame = AppView.render(state)
        #expect(frame.lines.allSatisfy { $0.count == size.0 })
        expectSnapshot(frame, named: "quiz-\(name)-\(size.0)x\(size.1)")
    }

    @Test(arguments: sizes)
    func choiceQuestionBeforeAndAfterAnswering(size: (Int, Int)) throws {
        var state = try QuizFixture.state(width: size.0, height: size.1)
        snapshot(state, "choice-before", size)
        _ = state.press([.character("1"), .enter])
        snapshot(state, "choice-wrong", size)
        _ = state.press([.character("3"), .enter])
        snapshot(state, "choice-revealed", size)
    }

    @Test(arguments: sizes)
    func numericQuestionWhileTypingAndAfterAnswering(size: (Int, Int)) throws {
        var state = try QuizFixture.state(width: size.0, height: size.1)
        // Right answers to the single choice, the select-all and the true/false questions.
        _ = state.press([.character("2"), .enter, .enter])
        _ = state.press([.character("1"), .character("3"), .enter, .enter])
        _ = state.press([.character("2"), .enter, .enter])
        #expect(state.quiz?.currentIndex == 3)
        _ = state.type("7/1")
        _ = state.press([.left])
        snapshot(state, "numeric-typing", size)
        _ = state.press([.right])
        _ = state.type("0")
        _ = state.press([.enter])
        snapshot(state, "numeric-right", size)
    }

    @Test func summaryInASCII() throws {
        var state = try QuizFixture.state(options: .ascii)
        // Answer "2" to everything until the summary shows: wrong for most questions.
        for _ in 0..<30 where state.quiz?.isShowingSummary == false {
            let settled = state.quiz.map { $0.currentAttempt.isSettled(allowing: $0.currentQuestion.tries) } ?? true
            _ = state.press(settled ? [.enter] : [.character("2"), .enter])
        }
        #expect(state.quiz?.isShowingSummary == true)
        snapshot(state, "summary-ascii", (80, 24))
    }
}

/// Like every widget, the quiz draws into any area, however small, without crashing or
/// writing outside it.
@Suite struct QuizTinyAreaTests {
    @Test(arguments: [(0, 0), (1, 1), (6, 3), (12, 2)])
    func drawsWithinTinyAreas(size: (Int, Int)) throws {
        var state = try QuizFixture.state()
        _ = state.press([.character("1"), .enter])
        let quiz = try #require(state.quiz)
        var buffer = TextBuffer(width: 20, height: 10)
        let area = Rect(x: 2, y: 2, width: size.0, height: size.1)
        quiz.draw(into: &buffer, in: area, options: .standard)
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where !area.contains(x: x, y: y) {
                #expect(buffer[x, y] == .blank, "cell \(x),\(y) lies outside the area")
            }
        }
        if size.0 >= 12 {
            #expect(buffer.description.contains { $0 != " " && $0 != "\n" }, "something of the page shows")
        }
    }
}
