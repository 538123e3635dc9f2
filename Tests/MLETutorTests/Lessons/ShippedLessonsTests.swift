import Testing

@testable import MLETutor

/// The course built into the binary loads and lints clean, and every page draws.
@Suite struct ShippedLessonsTests {
    @Test func everyShippedLessonLoadsWithoutProblems() {
        let result = Course.load(LessonSource.embedded)
        #expect(result.formattedDiagnostics == [])
        #expect((result.course?.lessons.count ?? 0) >= 2)
    }

    @Test func lessonFilesAreEmbeddedInFileNameOrder() {
        let names = LessonSource.embedded.map(\.path)
        #expect(names == names.sorted())
        #expect(names.allSatisfy { $0.hasPrefix("lessons/") })
    }

    @Test(arguments: [(80, 24), (250, 70)], [DisplayOptions.standard, .ascii])
    func everyPageRendersWithItsLessonTitleAndASCIIStaysASCII(size: (Int, Int), options: DisplayOptions) throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        for (index, lesson) in course.lessons.enumerated() {
            for page in lesson.pages.indices {
                let state = AppState.inLesson(
                    index, page: page, course: course, progress: LearnerProgress(),
                    options: options, width: size.0, height: size.1)
                let frame = AppView.render(state)
                let lines = frame.lines
                #expect(lines.allSatisfy { $0.count == size.0 })
                #expect(lines[0].contains(lesson.title), "lesson \(lesson.id) page \(page + 1)")
                if !options.unicode {
                    #expect(
                        lines.allSatisfy { $0.allSatisfy(\.isASCII) },
                        "non-ASCII character on lesson \(lesson.id) page \(page + 1) in ASCII mode")
                }
            }
        }
    }

    /// Learners' progress files key on the ids of lessons, pages and questions, derived from
    /// titles and prompts where a file gives no `id:`: rewording one must keep its id (give it
    /// the old one as `id:`). The stored list is every id of the shipped course.
    @Test func theIdsProgressFilesKeyOnNeverChange() throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        var ids: [String] = []
        for lesson in course.lessons {
            ids.append(lesson.id)
            for page in lesson.pages {
                ids.append("\(lesson.id)/\(page.id)")
                for question in (page.model as? QuizPage)?.questions ?? [] {
                    ids.append("\(lesson.id)/\(page.id)/\(question.id)")
                }
            }
        }
        expectSnapshot(ids.joined(separator: "\n"), named: "course-ids")
    }

    /// Learner text names nothing a learner was never introduced to: not the engine's module
    /// name, and not a "chapter" the course never shows. (An `id:` is never shown.)
    @Test func learnerTextUsesNoInsiderNames() {
        for source in LessonSource.embedded {
            for (number, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let field = line.drop { $0 == " " || $0 == "-" }
                guard !field.hasPrefix("id:") else { continue }
                for word in ["MLECore", "chapter"] where line.localizedCaseInsensitiveContains(word) {
                    Issue.record("\(source.path):\(number + 1): '\(word)' in \(line)")
                }
            }
        }
    }
}
