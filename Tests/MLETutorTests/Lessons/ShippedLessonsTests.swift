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
}
