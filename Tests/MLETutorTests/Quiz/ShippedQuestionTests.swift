import MLECore
import Testing

@testable import MLETutor

/// Checks every question of every shipped lesson the way rustlings checks its exercises: the
/// right answer is accepted and every wrong one rejected. Cases come from the lesson files, so a
/// new question is covered without new test code.
@Suite struct ShippedQuestionTests {
    @Test func theShippedCourseHasQuestionsOfEveryFormat() {
        let formats = ShippedQuestion.all.map { shipped -> String in
            switch shipped.question.format {
            case .choice(let choice): choice.selectsMany ? "multiple" : "single"
            case .numeric: "numeric"
            case .formula: "formula"
            }
        }
        #expect(Set(formats).isSuperset(of: ["single", "multiple", "numeric"]))
    }

    /// The recipe lesson has the learner type each estimator it derives, once.
    @Test func theRecipeLessonAsksEachDerivedEstimatorAsAFormula() {
        let keys = ShippedQuestion.all.filter { $0.lessonID == "mle-recipe" }.compactMap { shipped -> String? in
            guard case .formula(let formula) = shipped.question.format,
                case .estimator(let estimator) = formula.key
            else { return nil }
            return estimator.rawValue
        }
        #expect(
            keys.sorted() == ["bernoulli-p", "exponential-rate", "normal-mean", "normal-variance", "poisson-rate"])
    }

    @Test(arguments: ShippedQuestion.all)
    func rightAnswerIsAcceptedAndEveryWrongOneRejected(_ shipped: ShippedQuestion) {
        let question = shipped.question
        switch question.format {
        case .choice(let choice):
            let correct = choice.correctOptions
            #expect(QuizGrader.grade(.options(correct), for: question).isRight)
            for option in choice.options.indices {
                // Toggling any one option away from the right set makes the answer wrong.
                var changed = correct
                if changed.contains(option) { changed.remove(option) } else { changed.insert(option) }
                #expect(!QuizGrader.grade(.options(changed), for: question).isRight, "option \(option + 1) toggled")
                if !choice.options[option].isCorrect {
                    #expect(!QuizGrader.grade(.options([option]), for: question).isRight, "option \(option + 1) alone")
                }
            }
        case .numeric(let numeric):
            let (answer, tolerance) = (numeric.answer, numeric.tolerance)
            for inside in [answer, answer - 0.99 * tolerance, answer + 0.99 * tolerance] {
                #expect(QuizGrader.grade(.number(inside), for: question).isRight, "\(inside)")
            }
            for outside in [answer - 1.01 * tolerance, answer + 1.01 * tolerance] {
                #expect(!QuizGrader.grade(.number(outside), for: question).isRight, "\(outside)")
            }
            for mistake in numeric.mistakes {
                #expect(QuizGrader.grade(.number(mistake.value), for: question).verdict == .wrong, "\(mistake.value)")
            }
        case .formula(let formula):
            let shown = formula.key.shown
            #expect(
                (try? QuizGrader.grade(.formula(EstimatorFormula(shown)), for: question).isRight) == true, "\(shown)")
            let doubled = "2*(\(shown))"
            #expect((try? QuizGrader.grade(.formula(EstimatorFormula(doubled)), for: question).isRight) == false)
        }
    }

    /// The answer as the feedback prints it, typed back in, is graded right: rounding for display
    /// never turns the shown answer into a wrong one.
    @Test(arguments: ShippedQuestion.all.filter { $0.numeric != nil })
    func theShownNumericAnswerTypedBackIsRight(_ shipped: ShippedQuestion) throws {
        let numeric = try #require(shipped.numeric)
        let typed = try NumericAnswer.parse(numeric.formattedAnswer).get()
        #expect(QuizGrader.grade(.number(typed), for: shipped.question).isRight)
    }

    /// A page of the question's own lesson, or (in a knowledge check) another lesson of the course.
    @Test(arguments: ShippedQuestion.all)
    func everyQuestionNamesAPageOfItsLessonToRevisit(_ shipped: ShippedQuestion) throws {
        if let lesson = shipped.question.revisitLesson {
            #expect(lesson.number != nil && lesson.title != nil, "revisit: \(lesson.id) is resolved")
            return
        }
        let page = try #require(shipped.question.revisit)
        #expect((1...shipped.pageCount).contains(page))
        #expect(page != shipped.pageNumber, "a question should send the learner to the teaching, not to the quiz")
    }
}
