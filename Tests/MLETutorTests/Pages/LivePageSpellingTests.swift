import Testing

@testable import MLETutor

/// In ASCII every symbol of the live pages is spelled out (θ̂ as theta^, x̄ as xbar), never left
/// to the last-resort `?` of the ASCII guard.
@Suite struct LivePageSpellingTests {
    @Test(arguments: [
        LivePagesCourse.Page.classifier, .separable, .regression, .underflow,
        .consistency, .normality, .efficiency, .invariance,
    ])
    func asciiFramesHaveNoUnspelledSymbols(page: LivePagesCourse.Page) throws {
        var state = try LivePagesCourse.state(page, width: 160, height: 48, options: .ascii)
        state.press(.character("s"))
        state.tickUntilIdle()
        let lines = AppView.render(state).lines.dropLast()
        #expect(lines.allSatisfy { !$0.contains("?") }, "\(lines.filter { $0.contains("?") })")
    }
}
