/// A one-line text field for a typed answer: characters insert at the cursor, Backspace deletes
/// before it, ←/→ and Home/End move it.
struct AnswerField: Hashable, Sendable {
    private(set) var text: [Character] = []
    /// The index in `text` where the next character goes; from 0 to `text.count`.
    private(set) var cursor = 0

    /// Long enough for any number a learner means; stops a held key from growing it forever.
    static let maximumLength = 40

    init(_ text: String = "") {
        self.text = Array(text)
        self.cursor = self.text.count
    }

    var string: String { String(text) }

    /// Applies an editing key; false when the key does not edit text (Enter, ↑, Escape ...).
    /// A key that edits but cannot act here (Backspace at the start) still counts as editing,
    /// so it never falls through to page navigation.
    mutating func edit(with key: Key) -> Bool {
        switch key {
        case .character(let character):
            if text.count < Self.maximumLength {
                text.insert(character, at: cursor)
                cursor += 1
            }
        case .backspace:
            if cursor > 0 {
                text.remove(at: cursor - 1)
                cursor -= 1
            }
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home:
            cursor = 0
        case .end:
            cursor = text.count
        default:
            return false
        }
        return true
    }
}
