/// A key the learner pressed, independent of how the terminal reported it.
enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case enter, escape, backspace, tab, backTab
    case pageUp, pageDown, home, end
    /// Ctrl-C, which quits like `q` (the terminal is in raw mode, so it arrives as a key).
    case interrupt
}

extension Key {
    static let space = Key.character(" ")
}
