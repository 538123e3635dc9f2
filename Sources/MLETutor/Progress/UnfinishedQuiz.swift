/// A quiz the learner left part-way through, kept so that the next visit resumes it where they
/// stopped instead of starting again. Questions are named by their stable ids.
public struct UnfinishedQuiz: Codable, Hashable, Sendable {
    /// The question ids in the order they are being asked.
    public var order: [String]
    /// The place in `order` of the question the learner was on.
    public var position: Int
    /// What happened on each question tried so far, by question id.
    public var answers: [String: AnsweredQuestion]

    public init(order: [String], position: Int, answers: [String: AnsweredQuestion]) {
        self.order = order
        self.position = position
        self.answers = answers
    }
}

/// The tries spent on one question and the try that was right, if one was.
public struct AnsweredQuestion: Codable, Hashable, Sendable {
    public var triesUsed: Int
    public var rightOnTry: Int?

    public init(triesUsed: Int, rightOnTry: Int?) {
        self.triesUsed = triesUsed
        self.rightOnTry = rightOnTry
    }
}
