/// What a page may know about where it is shown when it handles an event.
public struct PageContext: Hashable, Sendable {
    /// The size of the page's area, in cells.
    public var width: Int
    public var height: Int
    public var options: DisplayOptions

    public init(width: Int, height: Int, options: DisplayOptions) {
        self.width = width
        self.height = height
        self.options = options
    }
}
