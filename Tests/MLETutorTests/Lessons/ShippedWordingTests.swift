import MLECore
import Testing

@testable import MLETutor

/// What shipped pages and questions say matches what the learner sees and does: a prompt's key
/// does what the prompt says, and feedback after a first wrong try leaves the answer to find.
@Suite struct ShippedWordingTests {
    private func shipped(_ lessonID: String, page: Int) throws -> AppState {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let index = try #require(course.lessonIndex(id: lessonID))
        return AppState.inLesson(
            index, page: page - 1, course: course, progress: LearnerProgress(), options: .standard, width: 80,
            height: 24)
    }

    /// Lesson 7 page 5 opens with both intervals drawn, and its prompt says so: b hides them
    /// (it once told the learner to press b to show them, which hid them).
    @Test func theIntervalsPageSaysThatBHidesTheIntervalsItOpensWith() throws {
        var state = try shipped("score-and-information", page: 5)
        let first = AppView.render(state).description
        #expect(first.contains("95% Wald") && first.contains("95% likelihood-ratio"))
        #expect(first.contains("b hides"))
        #expect(!first.contains("Press b for"))
        state.press(.character("b"))
        let hidden = AppView.render(state).description
        #expect(!hidden.contains("95% Wald") && !hidden.contains("95% likelihood-ratio"))
    }

    /// Lesson 3's first question: after a first wrong try the learner still has a try, so the
    /// wrong option's explanation guides without naming the answer (independence).
    @Test func aFirstWrongTryOnTheProductQuestionLeavesTheAnswerToFind() throws {
        var state = try shipped("likelihood-function", page: 6)
        let quiz = try #require(state.page(as: QuizPage.self))
        #expect(quiz.currentQuestion.tries > 1)
        state.press(.character("2"), .enter)
        let screen = AppView.render(state).description
        let verdict = try #require(screen.range(of: "Not right."), "\(screen)")
        let feedback = screen[verdict.lowerBound...]
        #expect(feedback.contains("Try again"))
        #expect(!feedback.localizedCaseInsensitiveContains("independen"), "\(feedback)")
    }

    /// Lesson 4's two coin explorers read different L(0.5) for the same seven heads in ten (with
    /// and without C(10, 7)); the page between them quotes both readouts and the factor.
    @Test func theCoinLessonExplainsItsTwoLikelihoodsOfOneDataset() throws {
        func readoutL(_ page: Int) throws -> String {
            let screen = AppView.render(try shipped("likelihood-explorer", page: page)).description
            let match = try #require(screen.firstMatch(of: /p = 0\.50 \(step 0\.01\)\s+L\(p\) = ([0-9.]+)/))
            return String(match.1)
        }
        let counted = try readoutL(1)
        let sequence = try readoutL(3)
        #expect(counted != sequence)
        let between = AppView.render(try shipped("likelihood-explorer", page: 2)).description
        #expect(between.contains(counted) && between.contains(sequence), "\(between)")
        #expect(between.contains("C(10, 7) = 120"))
    }

    /// Lesson 16's reading of the fit table quotes the Wald interval `mletutor fit` prints (on
    /// the log scale), not θ̂ ± 1.96 SE, and lesson 7 calls only the plain one symmetric.
    @Test func theLessonsQuoteTheWaldIntervalTheFitTablePrints() throws {
        let fit = try #require(SampleDataFile.named("gamma")).fit(.gamma)
        let alpha = try #require(fit.estimates.firstIndex { $0.name == "alpha" })
        let printed = fit.transformedWaldIntervals()[alpha]
        let plain = fit.estimates[alpha].waldInterval
        #expect(printed != plain)
        func shown(_ interval: ConfidenceInterval) -> String {
            "[\(SignificantDigits.format(interval.lower, digits: 4)), \(SignificantDigits.format(interval.upper, digits: 4))]"
        }
        let page = AppView.render(try shipped("from-code-to-data", page: 4)).lines
        let row = try #require(page.first { $0.contains("95% Wald interval") })
        #expect(row.contains(shown(printed)), "\(row)")
        let lesson7 = AppView.render(try shipped("score-and-information", page: 4)).description
        #expect(!lesson7.contains("always symmetric"))
        #expect(lesson7.contains("plain") && lesson7.contains("transformed Wald interval"))
    }
}
