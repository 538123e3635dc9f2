/// What a page may know about where it is shown when it handles an event.
struct PageContext: Hashable, Sendable {
    /// The size of the page's area, in cells.
    var width: Int
    var height: Int
    var options: DisplayOptions

    init(width: Int, height: Int, options: DisplayOptions) {
        self.width = width
        self.height = height
        self.options = options
    }
}
