import Testing

@testable import MLETutor

/// Every page of lessons 3 and 5–17, with every step of its
/// derivations revealed, fits the smallest and a large terminal in UTF-8 and ASCII: no table cell
/// is cut short (the layout marks a cut cell with `~` right after its last character) and no line
/// runs past the frame. (Every lesson's first frame is checked by `ShippedLessonsTests`.)
@Suite struct ShippedPagesFitTests {
    static let lessons = [
        "likelihood-function", "why-logs", "mle-recipe", "score-and-information", "numerical-mle", "when-fits-fail",
        "deep-learning-losses", "deep-learning-at-scale", "choose-the-noise", "mle-in-the-wild", "mle-vs-moments",
        "properties-of-the-mle", "from-code-to-data", "knowledge-check",
    ]

    /// Whether `line` holds a table cell the layout cut short: a `~` straight after a character
    /// and before a column rule or the end of the line. (ASCII writes ≈ as a `~` between spaces.)
    /// ASCII spells a tilde accent (α̃) as `alpha~`; that `~` is a letter's, not a cut.
    static func hasClippedCell(_ line: String) -> Bool {
        let line = line.replacing(/(alpha|beta|theta|lambda|mu|sigma)~/) { String($0.output.1) }
        let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
        if trimmed.hasSuffix("~") && !trimmed.hasSuffix(" ~") { return true }
        return line.contains(/[^ ]~ [│|]/)
    }

    /// In ASCII every character of these lessons has a spelling: no `?` stands in for one.
    @Test(arguments: lessons)
    func everyCharacterHasAnASCIISpelling(_ id: String) throws {
        let text = try #require(LessonSource.embedded.first { $0.text.hasPrefix("id: \(id)\n") }).text
        let unknown = text.filter { !$0.isASCII && ASCIITransliteration.apply(String($0)).contains("?") }
        #expect(unknown.isEmpty, "no ASCII spelling for '\(unknown)'")
    }

    @Test func theDetectorFindsACutCellAndNotAnApproximation() {
        #expect(Self.hasClippedCell("   θ │ the model's mass or~ │ how well~   "))
        #expect(Self.hasClippedCell("   x | the parame~ | y"))
        #expect(!Self.hasClippedCell("  l(theta) ~ l(theta^) - J/2   "))
        #expect(!Self.hasClippedCell("  near its peak, l(theta) ~   "))
        #expect(!Self.hasClippedCell("   the moments' alpha~ | 5   "))
        #expect(Self.hasClippedCell("   the moments' alp~ | 5   "))
    }

    @Test(arguments: [(80, 24), (250, 70)], [DisplayOptions.standard, .ascii])
    func noPageClipsACellWithEveryStepRevealed(size: (Int, Int), options: DisplayOptions) throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        for (index, lesson) in course.lessons.enumerated() where Self.lessons.contains(lesson.id) {
            for page in lesson.pages.indices {
                var state = AppState.inLesson(
                    index, page: page, course: course, progress: LearnerProgress(),
                    options: options, width: size.0, height: size.1)
                var frames = [AppView.render(state)]
                if let text = lesson.pages[page].model as? TextPage {
                    for _ in text.steps {
                        _ = state.press([.space])
                        frames.append(AppView.render(state))
                    }
                }
                for frame in frames {
                    let lines = frame.lines
                    #expect(lines.count == size.1 && lines.allSatisfy { $0.count == size.0 })
                    for line in lines where Self.hasClippedCell(line) {
                        Issue.record("lesson \(lesson.id) page \(page + 1) at \(size.0)×\(size.1): clipped '\(line)'")
                    }
                }
            }
        }
    }
}
