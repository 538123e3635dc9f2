import Testing

@testable import MLETutor

/// The course's closing lesson: a knowledge check over every other lesson, and a map that says
/// when the course is done.
@Suite struct KnowledgeCheckTests {
    static func course() throws -> Course {
        try #require(Course.load(LessonSource.embedded).course)
    }

    @Test func theCheckHasAtLeastTwentyFourQuestionsOfEveryType() throws {
        let course = try Self.course()
        let index = try #require(course.lessonIndex(id: "knowledge-check"))
        #expect(course.lessons[index].questionCount >= 24)
        let source = try #require(LessonSource.embedded.first { $0.path.hasSuffix("17-knowledge-check.yaml") })
        for type in ["single", "multiple", "true-false", "numeric", "seeded", "formula"] {
            #expect(source.text.contains("- type: \(type)\n"), "no \(type) question")
        }
    }

    /// Every other lesson of the course is the lesson to revisit for at least one question.
    @Test func everyLessonIsCovered() throws {
        let course = try Self.course()
        let index = try #require(course.lessonIndex(id: "knowledge-check"))
        let named = Set(
            course.lessons[index].pages.compactMap { $0.model as? QuizPage }.flatMap(\.questions)
                .compactMap { $0.revisitLesson?.id })
        let others = course.lessons.map(\.id).filter { $0 != "knowledge-check" }
        #expect(others.filter { !named.contains($0) } == [])
    }

    /// A question on tosses shown as `H T …` names those letters, not 1 and 0.
    @Test func theTossQuestionNamesTheLettersItsDataUses() throws {
        let course = try Self.course()
        let index = try #require(course.lessonIndex(id: "knowledge-check"))
        let prompts = course.lessons[index].pages.compactMap { $0.model as? QuizPage }.flatMap(\.questions)
            .map {
                MarkdownLayout.lines($0.prompt, width: 500, options: .standard).map(\.plainText).joined(separator: " ")
            }
        let tosses = prompts.filter { $0.contains(/(^|: )[HT]( [HT]){4,}/) }
        #expect(!tosses.isEmpty, "the check asks about a run of tosses")
        for prompt in tosses {
            #expect(prompt.contains("H for heads") && prompt.contains("T for tails"), "\(prompt)")
            #expect(!prompt.contains("1 for heads"), "\(prompt)")
        }
    }

    @Test func theMapSaysWhenTheCourseIsComplete() throws {
        let course = try Self.course()
        var progress = LearnerProgress()
        func complete(_ lesson: Lesson) {
            progress.markFinished(lesson.id)
            for page in lesson.checkpointPageIDs { progress.markCheckpointMet(page, in: lesson.id) }
        }
        for lesson in course.lessons.dropLast() { complete(lesson) }
        func header(_ progress: LearnerProgress) -> String {
            AppView.render(
                AppState.onMap(course: course, progress: progress, options: .standard, width: 80, height: 24)
            ).lines[0]
        }
        #expect(header(progress).hasSuffix("\(course.lessons.count - 1) of \(course.lessons.count) lessons done "))
        try complete(#require(course.lessons.last))
        #expect(header(progress).hasSuffix("Course complete: all \(course.lessons.count) lessons done "))
    }
}
