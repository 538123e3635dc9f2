import Testing

@testable import MLETutor

/// Every page of the shipped course as the app first opens it, for the tests that walk them all.
enum ShippedPages {
    /// One entry a page: `lesson-id page N` for messages, the 0-based page, and the app on it.
    static func openedStates(options: DisplayOptions, width: Int = 80, height: Int = 24) throws -> [(
        label: String, page: Int, state: AppState
    )] {
        let course = try #require(Course.load(LessonSource.embedded).course)
        return course.lessons.enumerated().flatMap { lessonIndex, lesson in
            lesson.pages.indices.map { page in
                let state = AppState.inLesson(
                    lessonIndex, page: page, course: course, progress: LearnerProgress(), options: options,
                    width: width, height: height)
                return ("\(lesson.id) page \(page + 1)", page, state)
            }
        }
    }
}
