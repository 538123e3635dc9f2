import Testing

@testable import MLETutor

/// One question of a shipped lesson, named for test output by where it is.
struct ShippedQuestion: Sendable, CustomTestStringConvertible {
    let lessonID: String
    let pageNumber: Int
    let number: Int
    let question: Question
    let pageCount: Int

    var testDescription: String { "\(lessonID) page \(pageNumber) question \(number)" }

    /// The question's numeric part, for numeric and seeded questions.
    var numeric: NumericQuestion? {
        if case .numeric(let numeric) = question.format { return numeric }
        return nil
    }

    /// Every question of every lesson built into the binary, read as the tutor reads them.
    static let all: [ShippedQuestion] = {
        guard let course = Course.load(LessonSource.embedded).course else { return [] }
        return course.lessons.flatMap { lesson in
            lesson.pages.enumerated().flatMap { pageIndex, page -> [ShippedQuestion] in
                guard let quiz = page.model as? QuizPage else { return [] }
                return quiz.questions.enumerated().map { index, question in
                    ShippedQuestion(
                        lessonID: lesson.id, pageNumber: pageIndex + 1, number: index + 1,
                        question: question, pageCount: lesson.pages.count)
                }
            }
        }
    }()
}
