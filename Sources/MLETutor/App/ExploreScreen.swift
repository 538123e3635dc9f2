/// A page on its own, as `mletutor explore` shows it: a header naming the data, the page, and
/// the key help bar.
struct ExploreScreen {
    let state: AppState
    let session: ExploreSession

    /// Draws the screen and returns its key hints, the page's own first.
    func draw(into buffer: inout TextBuffer) -> [KeyHint] {
        let layout = LessonLayout(state: state)
        buffer.write(
            state.options.displayable(" mletutor explore: \(session.title)"), x: 0, y: layout.header.y,
            style: .title, clip: layout.header)
        buffer.write(
            String(repeating: state.options.glyphs.horizontal, count: layout.progressBar.width),
            x: 0, y: layout.progressBar.y, style: .muted)
        session.page.draw(into: &buffer, in: layout.page, options: state.options)
        let hints = session.page.keyHints(context: layout.pageContext) + [KeyHint("?", "help"), KeyHint("q", "quit")]
        KeyBar.draw(hints, into: &buffer, in: layout.keyBar)
        return hints
    }
}
