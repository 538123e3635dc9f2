/// One character cell of the screen: a single-column character and its style.
struct Cell: Hashable, Sendable {
    var character: Character
    var style: Style

    init(_ character: Character = " ", style: Style = .plain) {
        self.character = character
        self.style = style
    }

    static let blank = Cell()

    /// What the second cell of a wide character holds: drawn by nothing, as the terminal fills
    /// it with the wide character's right half. (A private-use character that lesson text does not use.)
    static let continuation: Character = "\u{10FFFD}"
}
