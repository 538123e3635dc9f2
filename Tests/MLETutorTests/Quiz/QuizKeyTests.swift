import Testing

@testable import MLETutor

/// A quiz page driven with keys through `AppUpdate.update`, as a learner would press them.
@Suite struct QuizKeyTests {
    @Test func aWrongChoiceExplainsItselfAndAllowsASecondTry() throws {
        var state = try QuizFixture.state()
        #expect(state.press([.character("1"), .enter]) == [])
        let quiz = try #require(state.quiz)
        #expect(quiz.currentAttempt.triesUsed == 1)
        #expect(quiz.currentAttempt.ruledOut == [0])
        #expect(quiz.currentAttempt.lastGrade?.wronglyChosen == [0])
        #expect(!quiz.currentAttempt.isSettled(allowing: quiz.currentQuestion.tries))

        _ = state.press([.down, .enter])
        let after = try #require(state.quiz)
        #expect(after.currentAttempt.rightOnTry == 2)
        #expect(!after.currentAttempt.wasRightFirstTime)
        _ = state.press([.enter])
        #expect(state.quiz?.position == 1)
    }

    @Test func quizProseShowsValuesComputedWhenTheLessonLoads() throws {
        let source = LessonSource(
            path: "computed.yaml",
            text: """
                id: computed
                title: Computed
                summary: A quiz whose explanation holds a computed value.
                pages:
                  - kind: quiz
                    questions:
                      - type: true-false
                        prompt: Seven heads in ten are likelier under p = 0.7 than under p = 0.5.
                        answer: true
                        explain-true: "Yes: {{binomial-probability n=10 k=7 p=0.7 digits=3}}."
                        explain-false: No.
                """)
        let course = try #require(Course.load([source]).course)
        var state = AppState.inLesson(
            0, page: 0, course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        _ = state.press([.character("1"), .enter])
        #expect(AppView.render(state).description.contains("1. Yes: 0.267."))
    }

    @Test func afterTheLastTryTheQuestionIsSettledWithTheRightAnswerShown() throws {
        var state = try QuizFixture.state()
        _ = state.press([.character("1"), .enter, .character("3"), .enter])
        let quiz = try #require(state.quiz)
        #expect(quiz.currentAttempt.isSettled(allowing: quiz.currentQuestion.tries))
        #expect(quiz.currentAttempt.rightOnTry == nil)
        let screen = AppView.render(state).description
        #expect(screen.contains("The right answer is 2:"))
        #expect(screen.contains("The likelihood peaks at the share of heads seen."))
    }

    @Test func keysOnAnOpenQuestionNeverTurnThePage() throws {
        var state = try QuizFixture.state()
        _ = state.press([.space, .character("9"), .up, .up])
        #expect(state.pageIndex == QuizFixture.quizPage)
        #expect(state.quiz?.currentAttempt.highlighted == 0)
        // "Select all" submitted with nothing ticked: a notice, and no try spent.
        _ = state.press([.character("2"), .enter, .enter, .enter])
        #expect(state.quiz?.position == 1)
        #expect(state.quiz?.currentAttempt.triesUsed == 0)
        #expect(
            state.quiz?.currentAttempt.notice == "Nothing is ticked yet: tick one or more with 1-3, then press Enter.")
        #expect(state.pageIndex == QuizFixture.quizPage)
    }

    @Test func spaceAndDigitsTickOptionsInASelectAllQuestion() throws {
        var state = try QuizFixture.state()
        _ = state.press([.character("2"), .enter, .enter])
        _ = state.press([.character("1"), .down, .down, .space, .character("2"), .character("2")])
        #expect(state.quiz?.currentAttempt.ticked == [0, 2])
        _ = state.press([.enter])
        #expect(state.quiz?.currentAttempt.wasRightFirstTime == true)
    }

    @Test func missingARightOptionSaysHowManyWereLeftOut() throws {
        var state = try QuizFixture.state()
        _ = state.press([.character("2"), .enter, .enter, .character("1"), .enter])
        #expect(state.quiz?.currentAttempt.lastGrade?.missed == [2])
        let screen = AppView.render(state).description
        #expect(screen.contains("You left out 1 option that applies."))
        #expect(screen.contains("Hint: Two are true."))
    }

    @Test func typedAnswersAreEditedAndNeverTurnThePage() throws {
        var state = try numericQuestion()
        _ = state.type("n0.8")
        _ = state.press([.home, .right, .backspace, .right, .right, .right, .backspace, .left, .right])
        #expect(state.quiz?.currentAttempt.field.string == "0.")
        _ = state.type("7")
        #expect(state.pageIndex == QuizFixture.quizPage)
        _ = state.press([.enter])
        #expect(state.quiz?.currentAttempt.wasRightFirstTime == true)
    }

    @Test func lettersAreTypedNotObeyedWhileAnAnswerIsTyped() throws {
        var state = try numericQuestion()
        #expect(state.quiz?.capturesTyping == true)
        #expect(state.type("qpnm?") == [])
        #expect(state.quiz?.currentAttempt.field.string == "qpnm?")
        #expect(state.pageIndex == QuizFixture.quizPage)
        _ = state.press([.escape])
        #expect(state.pageIndex == nil, "Esc still leaves for the lesson map")
    }

    @Test(arguments: ["0.7", ".7", "7/10", "7e-1", "0.704"])
    func everyWayOfWritingTheAnswerIsRight(_ typed: String) throws {
        var state = try numericQuestion()
        _ = state.type(typed)
        _ = state.press([.enter])
        #expect(state.quiz?.currentAttempt.wasRightFirstTime == true)
    }

    @Test func anUnreadableNumberSpendsNoTry() throws {
        var state = try numericQuestion()
        _ = state.type("0,7")
        _ = state.press([.enter])
        #expect(state.quiz?.currentAttempt.triesUsed == 0)
        #expect(AppView.render(state).description.contains("'0,7' uses a comma"))
    }

    @Test func aNearMissThatIsNotARoundingIsWrongAndAKnownSlipIsExplained() throws {
        var state = try numericQuestion()
        _ = state.type("0.69")
        _ = state.press([.enter])
        #expect(state.quiz?.currentAttempt.lastGrade?.verdict == .wrong)
        let frame = AppView.render(state).description
        #expect(!frame.contains("Close"))
        #expect(frame.contains("Hint: Divide the heads by the tosses."))

        var slipped = try numericQuestion()
        _ = slipped.type("3/10")
        _ = slipped.press([.enter])
        #expect(slipped.quiz?.currentAttempt.lastGrade?.mistake == 0)
        #expect(AppView.render(slipped).description.contains("That is the share of tails."))
    }

    @Test func finishingTheQuizRecordsTheScoreAndSaves() throws {
        var state = try QuizFixture.state()
        let effects = answerAll(&state, wrongFirst: [0, 3])
        let record = try #require(state.progress.record(page: QuizFixture.quizPageID, in: QuizFixture.lessonID))
        #expect(record.latest == PageResult(score: 3, total: 5, missed: try QuizFixture.questionIDs([0, 3])))
        #expect(effects.last == .saveProgress(state.progress))
        #expect(state.quiz?.isShowingSummary == true)
        let screen = AppView.render(state).description
        #expect(screen.contains("Your score: 3 of 5 right on the first try."))
        #expect(screen.contains("revisit page 1"))
    }

    @Test func aRetakeAsksTheMissedQuestionsFirst() throws {
        var state = try QuizFixture.state()
        _ = answerAll(&state, wrongFirst: [1, 3])
        _ = state.press([.character("r")])
        #expect(state.quiz?.order == [1, 3, 0, 2, 4])
        #expect(state.quiz?.isShowingSummary == false)
        #expect(state.quiz?.currentAttempt.triesUsed == 0)
    }

    @Test func aLaterVisitStartsWithTheQuestionsMissedLastTime() throws {
        var progress = LearnerProgress()
        progress.record(
            PageResult(score: 3, total: 5, missed: try QuizFixture.questionIDs([4, 2])), page: QuizFixture.quizPageID,
            in: QuizFixture.lessonID)
        let state = try QuizFixture.state(progress: progress)
        #expect(state.quiz?.order == [4, 2, 0, 1, 3])
        #expect(AppView.render(state).description.contains("Last time: 3 of 5. The questions you missed come first."))
    }

    @Test func theSummaryNumbersQuestionsAsTheyWereAsked() throws {
        var state = try QuizFixture.state()
        _ = answerAll(&state, wrongFirst: [3])
        _ = state.press([.character("r")])
        _ = answerAll(&state, wrongFirst: [3])
        #expect(state.quiz?.order.first == 3)
        #expect(AppView.render(state).description.contains("✗ 1. What is p̂ after 7 heads in 10 tosses?"))
    }

    @Test func aRetakeOrderSkipsIndicesThatRepeatOrNoLongerExist() {
        #expect(QuizPage.order(count: 4, missedFirst: [2, 9, 2, -1, 0]) == [2, 0, 1, 3])
    }

    @Test func theBestScoreIsKeptAcrossRetakes() throws {
        var state = try QuizFixture.state()
        _ = answerAll(&state, wrongFirst: [])
        _ = state.press([.character("r")])
        _ = answerAll(&state, wrongFirst: [0, 1])
        let record = try #require(state.progress.record(page: QuizFixture.quizPageID, in: QuizFixture.lessonID))
        #expect(record.best.score == 5)
        #expect(record.latest.score == 3)
        #expect(record.attempts == 2)
    }

    @Test func onTheSummaryTheUsualKeysTurnThePage() throws {
        var state = try QuizFixture.state()
        _ = answerAll(&state, wrongFirst: [])
        _ = state.press([.character("n")])
        #expect(state.pageIndex == nil)
        #expect(state.progress.isCompleted(state.course.lessons[0]), "its one checkpoint, the quiz, is met")
    }

    /// The tutor on the fixture's numeric question (the fourth).
    private func numericQuestion() throws -> AppState {
        var state = try QuizFixture.state()
        _ = answerAll(&state, wrongFirst: [], count: 3)
        #expect(state.quiz?.currentIndex == 3)
        return state
    }

    /// Answers the quiz in the order it asks, right first time except for the questions (by
    /// index) in `wrongFirst`, which get one wrong try first; stops after `count` questions.
    private func answerAll(_ state: inout AppState, wrongFirst: Set<Int>, count: Int? = nil) -> [Effect] {
        var effects: [Effect] = []
        for _ in 0..<(count ?? state.quiz?.questions.count ?? 0) {
            guard let quiz = state.quiz else { return effects }
            let index = quiz.currentIndex
            if wrongFirst.contains(index) { effects += state.press(wrongKeys(quiz.questions[index])) }
            if !(state.quiz?.currentAttempt.isSettled(allowing: quiz.questions[index].tries) ?? true) {
                effects += state.press(rightKeys(quiz.questions[index]))
            }
            effects += state.press([.enter])
        }
        return effects
    }

    private func rightKeys(_ question: Question) -> [Key] {
        switch question.format {
        case .choice(let choice):
            return choice.correctOptions.sorted().map { Key.character(Character(String($0 + 1))) } + [.enter]
        case .numeric(let numeric):
            let clear = [Key.end] + Array(repeating: Key.backspace, count: AnswerField.maximumLength)
            return clear + numeric.formattedAnswer.map(Key.character) + [.enter]
        case .formula(let formula):
            let clear = [Key.end] + Array(repeating: Key.backspace, count: AnswerField.maximumLength)
            return clear + formula.key.shown.map(Key.character) + [.enter]
        }
    }

    private func wrongKeys(_ question: Question) -> [Key] {
        switch question.format {
        case .choice(let choice):
            let wrong = choice.options.indices.first { !choice.options[$0].isCorrect } ?? 0
            return [.character(Character(String(wrong + 1))), .enter]
        case .numeric(let numeric):
            return QuizNumber.format(numeric.answer + 1, places: 4).map(Key.character) + [.enter]
        case .formula(let formula):
            return "2*(\(formula.key.shown))".map(Key.character) + [.enter]
        }
    }
}
