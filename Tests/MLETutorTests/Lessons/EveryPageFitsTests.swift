import Testing
import Yams

@testable import MLETutor

/// Every page of every shipped lesson at 80×24 and 250×70, in UTF-8 and ASCII: no table cell
/// cut, the "↓ more" marker never over text, and on prose pages every word reaches the screen
/// for a learner who only goes forward; every interactive page's prompt is shown whole.
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

    /// The prompt of every interactive page (an explorer, an optimizer, a surface …) reaches the
    /// first frame whole, at every size and spelling: the page cuts a prompt past two lines.
    @Test(arguments: sizes, [DisplayOptions.standard, .ascii])
    func everyPromptIsShownWhole(size: (Int, Int), options: DisplayOptions) throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        var checked = 0
        for (lessonIndex, lesson) in course.lessons.enumerated() {
            let prompts = try Self.pagePrompts(ofLesson: lesson.id)
            #expect(prompts.count == lesson.pages.count, "\(lesson.id): one entry a page")
            for (page, prompt) in prompts.enumerated() {
                guard let prompt else { continue }
                let state = AppState.inLesson(
                    lessonIndex, page: page, course: course, progress: LearnerProgress(), options: options,
                    width: size.0, height: size.1)
                let screen = Self.words(rows(state).joined(separator: " "))
                let expanded = ComputedValues.expand(prompt) { Issue.record("\(lesson.id) page \(page + 1): \($0)") }
                let wanted = Self.words(options.displayable(expanded))
                #expect(
                    screen.contains(wanted),
                    "\(lesson.id) page \(page + 1) at \(size) \(options.unicode ? "UTF-8" : "ASCII"): prompt cut: \(wanted)"
                )
                checked += 1
            }
        }
        #expect(checked > 20, "the course's interactive pages have prompts")
    }

    /// Each page's `prompt:` as its lesson file spells it, nil for a page without one.
    static func pagePrompts(ofLesson id: String) throws -> [String?] {
        let source = try #require(LessonSource.embedded.first { $0.text.hasPrefix("id: \(id)\n") })
        let lesson = try #require(try Yams.compose(yaml: source.text))
        let pages = try #require(lesson["pages"]?.sequence)
        return pages.map { $0["prompt"]?.string }
    }

    /// `text` with every run of spaces and line breaks made one space.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
