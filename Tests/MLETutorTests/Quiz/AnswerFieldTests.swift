import Testing

@testable import MLETutor

@Suite struct AnswerFieldTests {
    /// Applies `keys` in turn; true for each key the field took as editing.
    private func press(_ keys: [Key], on field: inout AnswerField) -> [Bool] {
        keys.map { field.edit(with: $0) }
    }

    @Test func typingInsertsAtTheCursorAndArrowsMoveIt() {
        var field = AnswerField()
        let taken = press(
            [.character("7"), .character("1"), .character("0"), .left, .left, .character("/")], on: &field)
        #expect(taken.allSatisfy { $0 })
        #expect(field.string == "7/10")
        #expect(field.cursor == 2)
    }

    @Test func backspaceDeletesBeforeTheCursorAndIsSwallowedAtTheStart() {
        var field = AnswerField("0.7")
        #expect(press([.home, .backspace], on: &field) == [true, true])
        #expect(field.string == "0.7")
        #expect(press([.end, .backspace], on: &field) == [true, true])
        #expect(field.string == "0.")
        #expect(field.cursor == 2)
    }

    @Test func cursorStaysWithinTheText() {
        var field = AnswerField("5")
        #expect(press([.right], on: &field) == [true])
        #expect(field.cursor == 1)
        #expect(press([.left, .left], on: &field) == [true, true])
        #expect(field.cursor == 0)
    }

    @Test func nonEditingKeysAreLeftToThePage() {
        var field = AnswerField("5")
        #expect(press([.enter, .up, .down, .escape, .tab, .pageDown], on: &field) == Array(repeating: false, count: 6))
        #expect(field.string == "5")
    }

    @Test func lengthIsCapped() {
        var field = AnswerField()
        _ = press(Array(repeating: .character("9"), count: 100), on: &field)
        #expect(field.text.count == AnswerField.maximumLength)
    }
}
