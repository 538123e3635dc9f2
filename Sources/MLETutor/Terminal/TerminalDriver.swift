/// What a terminal reports to the run loop.
enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
}

/// The one owner of a terminal: shows frames and reports keys and resizes.
/// `CursesDriver` drives a real terminal; `InMemoryDriver` stands in for it in tests.
protocol TerminalDriver: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Shows `buffer`; only the cells that changed need to reach the screen.
    func present(_ buffer: TextBuffer)
    /// The next event, waiting at most `timeoutMilliseconds`; nil when none came in time.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
}
