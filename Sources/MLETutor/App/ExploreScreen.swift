/// A page on its own, as `mletutor explore` shows it: a header naming the data, the page, and
/// the key help bar.
struct ExploreScreen {
    let state: AppState
    let session: ExploreSession

    /// The title with the number of observations as the data stand now: the learner may have
    /// added or removed some since the title was made.
    var currentTitle: String {
        let page = (session.page as? PageTabs)?.page ?? session.page
        guard let model = (page as? any SharedDataPage)?.likelihoodModel else { return session.title }
        return session.title.replacing(
            #/, n = \d+ from /#, with: ", n = \(model.summary.count) from ", maxReplacements: 1)
    }

    /// Draws the screen and returns its key hints, the page's own first.
    func draw(into buffer: inout TextBuffer) -> [KeyHint] {
        let layout = LessonLayout(state: state)
        buffer.write(
            state.options.displayable(" mletutor explore: \(currentTitle)"), x: 0, y: layout.header.y,
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
