/// A lesson page with its frame: the lesson title and page count, a progress bar for the
/// lesson, the page title, the page, and the key help bar.
struct LessonScreen {
    let state: AppState
    let session: LessonSession

    /// Draws the screen and returns its key hints, the page's own first.
    func draw(into buffer: inout TextBuffer) -> [KeyHint] {
        let layout = LessonLayout(state: state)
        let lesson = state.course.lessons[session.lessonIndex]
        let glyphs = state.options.glyphs
        let pageCount = lesson.pages.count

        let heading = state.options.displayable(" \(session.lessonIndex + 1). \(lesson.title)")
        let position = "page \(session.pageIndex + 1) of \(pageCount) "
        buffer.write(
            heading, x: 0, y: layout.header.y, style: .title,
            clip: layout.header.inset(right: position.count + 1))
        buffer.write(position, x: layout.header.maxX - position.count, y: layout.header.y, style: .muted)

        let filled = layout.progressBar.width * (session.pageIndex + 1) / pageCount
        buffer.write(String(repeating: glyphs.barFilled, count: filled), x: 0, y: layout.progressBar.y, style: .accent)
        buffer.write(
            String(repeating: glyphs.barEmpty, count: layout.progressBar.width - filled),
            x: filled, y: layout.progressBar.y, style: .muted)

        if let title = lesson.pages[session.pageIndex].title {
            buffer.write(
                state.options.displayable(title), x: layout.title.x, y: layout.title.y, style: .heading,
                clip: layout.title)
        }
        session.page.draw(into: &buffer, in: layout.page, options: state.options)

        let hints = session.page.keyHints(context: layout.pageContext) + navigationHints(pageCount: pageCount)
        KeyBar.draw(hints, into: &buffer, in: layout.keyBar)
        return hints
    }

    private func navigationHints(pageCount: Int) -> [KeyHint] {
        if session.page.capturesTyping { return [KeyHint("Esc", "map"), KeyHint("Ctrl-C", "quit")] }
        let isLast = session.pageIndex == pageCount - 1
        var hints = [KeyHint("n", isLast ? "finish lesson" : "next")]
        if session.pageIndex > 0 { hints.append(KeyHint("p", "back")) }
        hints += [KeyHint("m", "map"), KeyHint("?", "help"), KeyHint("q", "quit")]
        return hints
    }
}
