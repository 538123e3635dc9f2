import Testing

@testable import MLETutor

/// `revisit:` names a page of the same lesson by number or another lesson by id; lint checks the
/// id, and the end-of-quiz summary names the lesson by number and title.
@Suite struct QuizLessonReferenceTests {
    static let teaching = LessonSource(
        path: "fixtures/01-teaching.yaml",
        text: """
            id: teaching
            title: The teaching lesson
            summary: What the check asks about.
            pages:
              - kind: text
                body: Seven heads in ten tosses give p̂ = 7/10.
            """)

    static func check(revisit: String) -> LessonSource {
        LessonSource(
            path: "fixtures/02-check.yaml",
            text: """
                id: check
                title: The check
                summary: Questions over the course.
                pages:
                  - kind: quiz
                    questions:
                      - type: true-false
                        prompt: The likelihood integrates to 1 over p.
                        revisit: \(revisit)
                        answer: false
                        explain-true: It is a probability of the data, not of p.
                        explain-false: Right; nothing makes its area over p equal 1.
                      - type: true-false
                        prompt: The log-likelihood peaks where the likelihood does.
                        revisit: 1
                        answer: true
                        explain-true: Right; the logarithm is increasing.
                        explain-false: The logarithm is increasing, so the peak stays put.
                """)
    }

    @Test func aLessonIdIsResolvedToItsNumberAndTitle() throws {
        let course = try #require(Course.load([Self.teaching, Self.check(revisit: "teaching")]).course)
        let quiz = try #require(course.lessons[1].pages[0].model as? QuizPage)
        #expect(
            quiz.questions[0].revisitLesson == LessonReference(id: "teaching", number: 1, title: "The teaching lesson"))
        #expect(quiz.questions[0].revisit == nil)
        #expect(quiz.questions[1].revisit == 1 && quiz.questions[1].revisitLesson == nil)
    }

    @Test func anUnknownLessonIdIsReportedAtTheFieldWithASuggestion() {
        let result = Course.load([Self.teaching, Self.check(revisit: "teachng")])
        #expect(result.course == nil)
        #expect(
            result.diagnostics.map(\.headline) == [
                "fixtures/02-check.yaml:9:18: error: revisit: no lesson has the id 'teachng'; did you mean 'teaching'?"
            ])
    }

    @Test(arguments: ["-3", "Teaching", "\"a b\""])
    func aRevisitThatIsNeitherPageNorIdIsRejected(value: String) {
        let result = Course.load([Self.teaching, Self.check(revisit: value)])
        #expect(result.course == nil)
        #expect(result.diagnostics.first?.message.contains("revisit") == true, "\(result.diagnostics)")
    }

    /// A wrong answer to the cross-lesson question puts the lesson's number and title in the summary.
    @Test func theSummaryNamesTheLessonToRevisit() throws {
        let course = try #require(Course.load([Self.teaching, Self.check(revisit: "teaching")]).course)
        var state = AppState.inLesson(
            1, page: 0, course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        _ = state.press([.character("1"), .enter, .enter])
        _ = state.press([.character("1"), .enter, .enter])
        #expect(state.quiz?.isShowingSummary == true)
        let frame = AppView.render(state).description
        #expect(frame.contains("revisit lesson 1, The teaching lesson"))
        #expect(!frame.contains("revisit page 1"))
    }

    /// Missed questions that share a lesson are listed on one line; the summary scrolls from its
    /// top when it is taller than the page, and says so.
    @Test func missedQuestionsAreGroupedByLessonAndTheSummaryScrolls() throws {
        let check = LessonSource(
            path: "fixtures/02-check.yaml",
            text: Self.check(revisit: "teaching").text.replacingOccurrences(of: "revisit: 1", with: "revisit: teaching")
        )
        let course = try #require(Course.load([Self.teaching, check]).course)
        var state = AppState.inLesson(
            1, page: 0, course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        _ = state.press([.character("1"), .enter, .enter, .character("2"), .enter, .enter])
        #expect(AppView.render(state).description.contains("✗ revisit lesson 1, The teaching lesson (questions 1, 2)"))
        var quiz = try #require(state.quiz)
        #expect(quiz.isShowingSummary)
        let context = PageContext(width: 60, height: 5, options: .standard)
        func frame(_ quiz: QuizPage) -> String {
            var buffer = TextBuffer(width: 60, height: 5)
            quiz.draw(into: &buffer, in: Rect(x: 0, y: 0, width: 60, height: 5), options: .standard)
            return buffer.description
        }
        #expect(frame(quiz).contains("Quiz complete") && frame(quiz).contains("↓ more"))
        #expect(quiz.keyHints(context: context).contains { $0.action == "scroll" })
        while quiz.handle(.key(.down), context: context) == .handled {}
        #expect(frame(quiz).contains("Press r to retake"))
        #expect(!frame(quiz).contains("Quiz complete") && !frame(quiz).contains("↓ more"))
        #expect(quiz.handle(.key(.character("r")), context: context) == .handled)
        #expect(!quiz.isShowingSummary && quiz.summaryScroll == 0)
    }
}
