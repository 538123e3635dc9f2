/// A quiz the learner left part-way through, kept so that the next visit resumes it where they
/// stopped instead of starting again. Questions are named by their stable ids.
struct UnfinishedQuiz: Codable, Hashable, Sendable {
    /// The question ids in the order they are being asked.
    var order: [String]
    /// The place in `order` of the question the learner was on.
    var position: Int
    /// What happened on each question tried so far, by question id.
    var answers: [String: AnsweredQuestion]

    init(order: [String], position: Int, answers: [String: AnsweredQuestion]) {
        self.order = order
        self.position = position
        self.answers = answers
    }
}

/// The tries spent on one question and the try that was right, if one was.
struct AnsweredQuestion: Codable, Hashable, Sendable {
    var triesUsed: Int
    var rightOnTry: Int?

    init(triesUsed: Int, rightOnTry: Int?) {
        self.triesUsed = triesUsed
        self.rightOnTry = rightOnTry
    }
}
