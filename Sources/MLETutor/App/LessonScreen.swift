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

        if let title = session.page.heading ?? lesson.pages[session.pageIndex].title {
            buffer.write(
                state.options.displayable(title), x: layout.title.x, y: layout.title.y, style: .heading,
                clip: layout.title)
        }
        session.page.draw(into: &buffer, in: layout.page, options: state.options)

        let pageHints = session.page.keyHints(context: layout.pageContext)
        let navigation = navigationHints(pageCount: pageCount, context: layout.pageContext)
        KeyBar.draw(pageHints, navigation: navigation, into: &buffer, in: layout.keyBar)
        return pageHints + navigation.full
    }

    /// Every key that works on the page, for the `?` help: the page's own, then each of the
    /// tutor's keys for going forward, back and to the map that the page leaves to the tutor
    /// (an explorer keeps ← and → for its slider, a question keeps Enter to submit).
    func helpHints() -> [KeyHint] {
        let context = LessonLayout(state: state).pageContext
        var hints = session.page.keyHints(context: context)
        guard !session.page.capturesTyping else { return hints + [KeyHint("Esc", "lesson map")] }
        let right = state.options.displayable("→")
        let left = state.options.displayable("←")
        let forward = keysLeftToTutor([
            ("n", .character("n")), (right, .right), ("Space", .space), ("Enter", .enter), ("PgDn", .pageDown),
        ])
        let isLast = session.pageIndex == state.course.lessons[session.lessonIndex].pages.count - 1
        let turn = isLast ? (leavesUnfinished ? "leave the lesson unfinished" : "finish the lesson") : "next page"
        if !forward.isEmpty {
            let reveal = session.page.nextReveal(context: context)
            hints.append(KeyHint(forward, state.options.displayable(reveal ?? turn)))
        }
        if session.pageIndex > 0 {
            let back = keysLeftToTutor([
                ("p", .character("p")), (left, .left), ("PgUp", .pageUp), ("Backspace", .backspace),
            ])
            if !back.isEmpty { hints.append(KeyHint(back, "previous page")) }
        }
        let map = keysLeftToTutor([("m", .character("m")), ("Esc", .escape)])
        if !map.isEmpty { hints.append(KeyHint(map, "lesson map (your place is kept)")) }
        return hints
    }

    /// Whether going on from the last page now leaves work undone (a quiz not answered, a goal not
    /// reached), so the key bar says "leave", not "finish".
    private var leavesUnfinished: Bool { session.page.checkpointMet == false }

    /// The names of `keys` the page on screen does not use itself, so the tutor's meaning holds.
    private func keysLeftToTutor(_ keys: [(name: String, key: Key)]) -> String {
        let context = LessonLayout(state: state).pageContext
        return keys.filter { candidate in
            var page = session.page
            return page.handle(.key(candidate.key), context: context) == .ignored
        }.map(\.name).joined(separator: " ")
    }

    /// The keys that turn pages, help and quit, in a full and a compact spelling.
    private func navigationHints(pageCount: Int, context: PageContext) -> KeyBar.Navigation {
        if session.page.capturesTyping {
            let hints = [KeyHint("Esc", "map"), KeyHint("Ctrl-C", "quit")]
            return KeyBar.Navigation(full: hints, compact: hints)
        }
        let isLast = session.pageIndex == pageCount - 1
        let next = isLast ? (leavesUnfinished ? "leave lesson" : "finish lesson") : "next page"
        let forward: KeyHint
        if let reveal = session.page.nextReveal(context: context) {
            // Space is the key a reader reaches for first; n and → do the same.
            forward = KeyHint("Space", reveal)
        } else {
            forward = KeyHint("n", next)
        }
        var full = [forward]
        if session.pageIndex > 0 { full.append(KeyHint("p", "back")) }
        full += [KeyHint("m", "map"), KeyHint("?", "help"), KeyHint("q", "quit")]
        let back = session.pageIndex > 0
        let compactForward =
            forward.keys == "Space" ? forward : KeyHint("n", isLast ? (leavesUnfinished ? "leave" : "finish") : "next")
        let compact = [
            compactForward, KeyHint(back ? "p m" : "m", back ? "back/map" : "map"), KeyHint("?", "help"),
            KeyHint("q", "quit"),
        ]
        return KeyBar.Navigation(full: full, compact: compact)
    }
}
