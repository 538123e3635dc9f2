import Testing

@testable import MLETutor

/// Every page of every shipped lesson at 80×24 and 250×70, in UTF-8 and ASCII: no table cell
/// cut, the "↓ more" marker never over text, and on prose pages every word reaches the screen
/// for a learner who only goes forward.
@Suite struct EveryPageFitsTests {
    static let sizes = [(80, 24), (250, 70)]

    private func rows(_ state: AppState) -> [String] {
        AppView.render(state).description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A cut table cell ends in `~` before a column rule or at the end of its line.
    private func clippedCell(in line: String) -> Bool {
        let trimmed = line.reversed().drop { $0 == " " }
        let isTableLine = line.contains(" │ ") || line.contains(" | ")
        return line.contains("~ │") || line.contains("~ | ") || (isTableLine && trimmed.first == "~")
    }

    /// True when the row with the "more" marker shows nothing but the marker.
    private func markerCoversNothing(_ row: String) -> Bool {
        guard let marker = row.range(of: "↓ more") ?? row.range(of: "v more") else { return true }
        return row[row.startIndex..<marker.lowerBound].allSatisfy { $0 == " " }
    }

    @Test(arguments: sizes, [DisplayOptions.standard, .ascii])
    func noPageClipsACellOrCoversText(size: (Int, Int), options: DisplayOptions) throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        for (lessonIndex, lesson) in course.lessons.enumerated() {
            for page in lesson.pages.indices {
                var state = AppState.inLesson(
                    lessonIndex, page: page, course: course, progress: LearnerProgress(), options: options,
                    width: size.0, height: size.1)
                var presses = 0
                repeat {
                    for row in rows(state) {
                        #expect(!clippedCell(in: row), "\(lesson.id) page \(page + 1) at \(size): \(row)")
                        #expect(markerCoversNothing(row), "\(lesson.id) page \(page + 1) at \(size): \(row)")
                    }
                    presses += 1
                    guard state.activePage?.nextReveal(context: LessonLayout(state: state).pageContext) != nil else {
                        break
                    }
                    _ = AppUpdate.update(&state, .key(.character("n")))
                } while presses < 100
            }
        }
    }

    @Test(arguments: sizes, [DisplayOptions.standard, .ascii])
    func goingForwardShowsEveryWordOfEveryProsePage(size: (Int, Int), options: DisplayOptions) throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        for (lessonIndex, lesson) in course.lessons.enumerated() {
            for page in lesson.pages.indices {
                guard let text = lesson.pages[page].model as? TextPage else { continue }
                var state = AppState.inLesson(
                    lessonIndex, page: page, course: course, progress: LearnerProgress(), options: options,
                    width: size.0, height: size.1)
                var seen = ""
                var presses = 0
                while presses < 100 {
                    seen += rows(state).joined(separator: "\n") + "\n"
                    guard state.activePage?.nextReveal(context: LessonLayout(state: state).pageContext) != nil else {
                        break
                    }
                    _ = AppUpdate.update(&state, .key(.character("n")))
                    presses += 1
                }
                let shownWords = Set(seen.split { $0 == " " || $0 == "\n" }.map(String.init))
                for document in [text.body] + text.steps {
                    let plain = MarkdownLayout.lines(document, width: 10_000, options: options)
                        .map { $0.runs.map(\.text).joined() }.joined(separator: " ")
                    // Every word but the table's rules.
                    for word in plain.split(separator: " ") where !word.allSatisfy({ "─-+┼|│".contains($0) }) {
                        let clean = String(word)
                        #expect(
                            shownWords.contains(clean) || seen.contains(clean),
                            "\(lesson.id) page \(page + 1) at \(size) \(options.unicode ? "UTF-8" : "ASCII"): '\(clean)' never shown"
                        )
                    }
                }
            }
        }
    }
}
