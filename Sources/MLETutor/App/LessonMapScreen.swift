/// The lesson map: every lesson with its summary, ✓ on completed ones, the page reached in the
/// lesson the learner is in, and the selection marker.
struct LessonMapScreen {
    let state: AppState
    let selected: Int

    /// Draws the map and returns its key hints.
    func draw(into buffer: inout TextBuffer) -> [KeyHint] {
        let glyphs = state.options.glyphs
        let screen = buffer.bounds
        let (top, rest) = screen.splitTop(2)
        let (body, keyBar) = rest.splitBottom(1)
        buffer.write(" mletutor\(glyphs.separator)Maximum Likelihood Estimation", x: 0, y: top.y, style: .title)
        let done = state.course.lessons.filter { state.progress.isCompleted($0) }.count
        let count = state.course.lessons.count
        let tally = done == count ? "Course complete: all \(count) lessons done " : "\(done) of \(count) lessons done "
        buffer.write(tally, x: max(0, screen.width - tally.count), y: top.y, style: .muted)
        buffer.write(String(repeating: glyphs.horizontal, count: screen.width), x: 0, y: top.y + 1, style: .muted)

        let list = body.inset(top: 1, left: 2, bottom: 1, right: 2)
        let rowsPerLesson = Self.rowsPerLesson(listHeight: list.height, lessonCount: state.course.lessons.count)
        let visible = Self.visibleLessons(screenHeight: screen.height, lessonCount: state.course.lessons.count)
        let first = min(max(0, selected - visible + 1), max(0, state.course.lessons.count - visible))
        for (offset, index) in (first..<state.course.lessons.count).prefix(visible).enumerated() {
            drawEntry(index, at: list.y + offset * rowsPerLesson, in: list, buffer: &buffer)
        }
        if let notice = state.notice {
            buffer.write(notice, x: 1, y: body.maxY - 1, style: .failure, clip: body)
        }
        let hints = [
            KeyHint(glyphs.upDown, "choose"), KeyHint("Enter", "open"), KeyHint("j k", "choose"),
            KeyHint("1-9", "jump to lesson"), KeyHint("?", "help"), KeyHint("q", "quit"),
        ]
        KeyBar.draw(hints, into: &buffer, in: keyBar)
        return hints
    }

    private func drawEntry(_ index: Int, at row: Int, in area: Rect, buffer: inout TextBuffer) {
        let glyphs = state.options.glyphs
        let lesson = state.course.lessons[index]
        let isSelected = index == selected
        let completed = state.progress.isCompleted(lesson)
        let marker = isSelected ? glyphs.pointer : " "
        let check = completed ? glyphs.check : " "
        var x = area.x
        x += buffer.write("\(marker) ", x: x, y: row, style: .accent, clip: area)
        x += buffer.write("\(check) ", x: x, y: row, style: .success, clip: area)
        let title = state.options.displayable("\(index + 1). \(lesson.title)")
        x += buffer.write(title, x: x, y: row, style: isSelected ? .selectedTitle : .heading, clip: area)
        let tally = state.progress.checkpoints(in: lesson)
        if tally.total > 0 {
            x += buffer.write(
                "  " + LearnerProgress.checkpointText(tally), x: x, y: row,
                style: tally.met == tally.total ? .success : .muted, clip: area)
        }
        if let best = state.progress.bestScore(in: lesson.id) {
            x += buffer.write("  quiz \(best.score)/\(best.total)", x: x, y: row, style: .muted, clip: area)
        }
        if state.progress.currentLessonID == lesson.id || (!completed && state.progress.page(in: lesson) > 0) {
            let page = state.progress.page(in: lesson) + 1
            buffer.write("  (at page \(page) of \(lesson.pages.count))", x: x, y: row, style: .accent, clip: area)
        }
        let indent = area.x + 2 + marker.count + check.count
        for (offset, line) in Self.summaryLines(
            state.options.displayable(lesson.summary), width: area.maxX - indent, ellipsis: glyphs.ellipsis
        ).enumerated() {
            buffer.write(line, x: indent, y: row + 1 + offset, style: .muted)
        }
    }
}

extension LessonMapScreen {
    /// A title and up to two lines of summary; a blank line between lessons while they all fit.
    static func rowsPerLesson(listHeight: Int, lessonCount: Int) -> Int {
        listHeight >= 4 * lessonCount ? 4 : 3
    }

    /// How many lessons the map shows at once on a screen `screenHeight` rows tall: what PgUp
    /// and PgDn move the selection by.
    static func visibleLessons(screenHeight: Int, lessonCount: Int) -> Int {
        // The header (2 rows) and the key bar (1), then the list's margin of one row above and below.
        let listHeight = max(0, screenHeight - 3 - 2)
        return max(1, listHeight / rowsPerLesson(listHeight: listHeight, lessonCount: lessonCount))
    }

    /// Every key that works on the map, for the `?` help.
    static func helpHints(_ options: DisplayOptions, lessonCount: Int) -> [KeyHint] {
        let glyphs = options.glyphs
        let last = min(9, lessonCount)
        var hints = [
            KeyHint("\(glyphs.upDown) j k", "choose a lesson"),
            KeyHint("PgUp PgDn", "a screenful up or down"),
            KeyHint("Home End", "the first or the last lesson"),
            KeyHint("Enter Space l \(options.displayable("→"))", "open the chosen lesson"),
        ]
        if lessonCount > 9 {
            hints.append(KeyHint("1-9", "jump to lessons 1 to 9; \(glyphs.upDown) or j k reach \(last + 1) and on"))
        } else {
            hints.append(KeyHint("1-\(last)", "jump to that lesson"))
        }
        return hints
    }

    /// A lesson's summary wrapped to at most two lines of `width`, the second cut with an
    /// ellipsis only when two lines cannot hold it.
    static func summaryLines(_ summary: String, width: Int, ellipsis: String) -> [String] {
        guard width > 0 else { return [] }
        let lines = TextWrapper.wrap([StyledRun(summary)], width: width).map(\.plainText)
        guard lines.count > 2 else { return lines }
        return [lines[0], lines[1...].joined(separator: " ").truncated(to: width, ellipsis: ellipsis)]
    }
}

extension Style {
    static let selectedTitle = Style(foreground: .cyan, bold: true, underline: true)
}
