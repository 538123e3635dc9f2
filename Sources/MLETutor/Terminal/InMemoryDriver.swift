/// A terminal in memory for tests: plays a script of events and keeps every frame shown.
final class InMemoryDriver: TerminalDriver {
    private(set) var size: (width: Int, height: Int)
    private(set) var frames: [TextBuffer] = []
    private var script: [TerminalEvent?]

    /// `script` lists what the terminal reports, in order; a nil entry is a wait that times out.
    init(width: Int, height: Int, script: [TerminalEvent?]) {
        self.size = (width, height)
        self.script = script
    }

    func present(_ buffer: TextBuffer) {
        frames.append(buffer)
    }

    /// Plays the next scripted event; once the script is spent, reports Ctrl-C so a run ends.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !script.isEmpty else { return .key(.interrupt) }
        let event = script.removeFirst()
        if case .resized(let width, let height) = event {
            size = (width, height)
        }
        return event
    }
}
