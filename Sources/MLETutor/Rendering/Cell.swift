/// One character cell of the screen: a single-column character and its style.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style

    public init(_ character: Character = " ", style: Style = .plain) {
        self.character = character
        self.style = style
    }

    public static let blank = Cell()

    /// What the second cell of a wide character holds: drawn by nothing, as the terminal fills
    /// it with the wide character's right half. (A private-use character that lesson text does not use.)
    public static let continuation: Character = "\u{10FFFD}"
}
