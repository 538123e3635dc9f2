/// A terminal in memory for tests: plays a script of events and keeps every frame shown.
public final class InMemoryDriver: TerminalDriver {
    public private(set) var size: (width: Int, height: Int)
    public private(set) var frames: [TextBuffer] = []
    private var script: [TerminalEvent?]

    /// `script` lists what the terminal reports, in order; a nil entry is a wait that times out.
    public init(width: Int, height: Int, script: [TerminalEvent?]) {
        self.size = (width, height)
        self.script = script
    }

    public func present(_ buffer: TextBuffer) {
        frames.append(buffer)
    }

    /// Plays the next scripted event; once the script is spent, reports Ctrl-C so a run ends.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !script.isEmpty else { return .key(.interrupt) }
        let event = script.removeFirst()
        if case .resized(let width, let height) = event {
            size = (width, height)
        }
        return event
    }
}
