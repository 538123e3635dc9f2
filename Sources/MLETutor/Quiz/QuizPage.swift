/// A knowledge check: questions asked one at a time, each graded with an explanation of every
/// option the learner chose, then a summary with the score and the pages to revisit.
///
/// The score counts questions answered right on the first try; later tries are for learning.
/// A retake, in the same visit or a later one, asks the questions missed last time first.
struct QuizPage: PageModel {
    let questions: [Question]
    /// The order the questions are asked in, as indices into `questions`.
    private(set) var order: [Int]
    /// The place in `order` of the question on screen.
    private(set) var position = 0
    /// The learner's work on each question, indexed like `questions`.
    private(set) var attempts: [QuestionAttempt]
    private(set) var isShowingSummary = false
    /// The first line of the summary shown, when it is taller than the page (↑/↓ scroll it).
    private(set) var summaryScroll = 0
    /// The results of earlier visits, kept in the learner's progress.
    private(set) var record: PageRecord?

    init(questions: [Question]) {
        precondition(!questions.isEmpty, "a quiz has at least one question")
        self.questions = questions
        self.order = Array(questions.indices)
        self.attempts = Array(repeating: QuestionAttempt(), count: questions.count)
    }

    var questionCount: Int { questions.count }
    /// As wide as a page of prose: questions and explanations are prose too.
    var maximumWidth: Int? { 100 }

    /// The index into `questions` of the question on screen.
    var currentIndex: Int { order[position] }
    var currentQuestion: Question { questions[currentIndex] }
    var currentAttempt: QuestionAttempt { attempts[currentIndex] }

    /// True while a numeric answer is being typed: every printable key goes into it.
    var capturesTyping: Bool {
        guard !isShowingSummary, !currentAttempt.isSettled(allowing: currentQuestion.tries),
            currentQuestion.format.isTyped
        else { return false }
        return true
    }

    /// The outcome of the quiz as it stands: right-first-time count and the questions missed.
    var result: PageResult {
        let missed = questions.indices.filter { !attempts[$0].wasRightFirstTime }
        return PageResult(
            score: questions.count - missed.count, total: questions.count, missed: missed.map { questions[$0].id })
    }

    mutating func resume(from record: PageRecord) {
        self.record = record
        order = Self.order(count: questions.count, missedFirst: indices(of: record.latest.missed))
    }

    /// The quiz's checkpoint: finished, on this visit or an earlier one.
    var checkpointMet: Bool? { isShowingSummary || record != nil }

    /// The indices of the questions with ids `ids`, in that order; ids no longer in the quiz are
    /// passed over.
    func indices(of ids: [String]) -> [Int] {
        ids.compactMap { id in questions.firstIndex { $0.id == id } }
    }

    /// Every question once, the `missedFirst` ones ahead of the rest. Indices that no longer
    /// exist or repeat (the lesson changed, the file was edited) are passed over.
    static func order(count: Int, missedFirst: [Int]) -> [Int] {
        var first: [Int] = []
        for index in missedFirst where (0..<count).contains(index) && !first.contains(index) {
            first.append(index)
        }
        return first + (0..<count).filter { !first.contains($0) }
    }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        guard case .key(let key) = event else { return .ignored }
        if isShowingSummary {
            let overflow = max(0, lines(width: context.width, options: context.options).count - context.height)
            switch key {
            case .character("r"):
                retake()
            case .down, .character("j"):
                guard summaryScroll < overflow else { return .ignored }
                summaryScroll += 1
            case .up, .character("k"):
                guard summaryScroll > 0 else { return .ignored }
                summaryScroll = min(summaryScroll, overflow) - 1
            default:
                return .ignored
            }
            return .handled
        }
        if currentAttempt.isSettled(allowing: currentQuestion.tries) {
            if key == .character("w"), case .choice = currentQuestion.format {
                attempts[currentIndex].explainsEveryOption.toggle()
                return .handled
            }
            guard key == .enter || key == .space else { return .ignored }
            return advance()
        }
        switch currentQuestion.format {
        case .choice(let choice):
            return handleChoice(key, choice)
        case .numeric, .formula:
            return handleTyping(key)
        }
    }

    private mutating func handleChoice(_ key: Key, _ choice: ChoiceQuestion) -> PageResponse {
        let last = choice.options.count - 1
        switch key {
        case .up, .character("k"):
            attempts[currentIndex].highlighted = max(0, currentAttempt.highlighted - 1)
        case .down, .character("j"):
            attempts[currentIndex].highlighted = min(last, currentAttempt.highlighted + 1)
        case .character(let digit) where digit.isASCII && digit.isNumber:
            // Digits with no option of their number are swallowed too: a stray key must not turn the page.
            guard let number = digit.wholeNumberValue, (1...choice.options.count).contains(number) else { break }
            attempts[currentIndex].highlighted = number - 1
            if choice.selectsMany { toggle(number - 1) }
        case .space:
            if choice.selectsMany { toggle(currentAttempt.highlighted) }
        case .enter:
            attempts[currentIndex].submit(to: currentQuestion)
        default:
            return .ignored
        }
        // A notice answers the Enter that caused it; any other key means the learner moved on.
        if key != .enter { attempts[currentIndex].clearNotice() }
        return .handled
    }

    private mutating func toggle(_ option: Int) {
        if !attempts[currentIndex].ticked.insert(option).inserted {
            attempts[currentIndex].ticked.remove(option)
        }
    }

    private mutating func handleTyping(_ key: Key) -> PageResponse {
        if key == .enter {
            attempts[currentIndex].submit(to: currentQuestion)
            return .handled
        }
        guard attempts[currentIndex].field.edit(with: key) else { return .ignored }
        attempts[currentIndex].clearNotice()
        return .handled
    }

    /// Moves to the next question, or to the summary after the last, handing the result over.
    private mutating func advance() -> PageResponse {
        if position + 1 < order.count {
            position += 1
            return .handled
        }
        isShowingSummary = true
        // Kept here as well as in the learner's progress, so the summary can show the best score.
        record = PageRecord.adding(result, to: record)
        return .completed(result)
    }

    /// Starts again with fresh attempts, the questions just missed first.
    private mutating func retake() {
        order = Self.order(count: questions.count, missedFirst: indices(of: result.missed))
        attempts = Array(repeating: QuestionAttempt(), count: questions.count)
        position = 0
        isShowingSummary = false
        summaryScroll = 0
    }
}

extension QuizPage {
    /// The quiz as it stands when some questions are answered and the summary is not reached.
    var unfinishedQuiz: UnfinishedQuiz? {
        guard !isShowingSummary, position > 0 || currentAttempt.triesUsed > 0 else { return nil }
        var answers: [String: AnsweredQuestion] = [:]
        for index in questions.indices where attempts[index].triesUsed > 0 {
            answers[questions[index].id] = AnsweredQuestion(
                triesUsed: attempts[index].triesUsed, rightOnTry: attempts[index].rightOnTry)
        }
        return UnfinishedQuiz(order: order.map { questions[$0].id }, position: position, answers: answers)
    }

    /// Picks the quiz up where the learner left it, unless its questions have changed since.
    mutating func resume(unfinished: UnfinishedQuiz) {
        let resumedOrder = indices(of: unfinished.order)
        guard resumedOrder.count == questions.count, Set(resumedOrder).count == questions.count else { return }
        order = resumedOrder
        for (id, answer) in unfinished.answers {
            guard let index = questions.firstIndex(where: { $0.id == id }) else { continue }
            attempts[index] = QuestionAttempt(resumedAfter: answer.triesUsed, rightOnTry: answer.rightOnTry)
        }
        position = min(max(0, unfinished.position), questions.count - 1)
        // A question already settled was left after its feedback: go on to the next one.
        if currentAttempt.isSettled(allowing: currentQuestion.tries), position + 1 < order.count {
            position += 1
        }
    }
}
