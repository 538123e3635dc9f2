/// One question of a quiz as the lesson file states it: what is asked, how it is answered,
/// and where in the lesson the learner should look when they miss it.
struct Question: Sendable {
    /// How the learner answers.
    enum Format: Sendable {
        /// Pick one option, or every option that applies; true/false is a choice of two.
        case choice(ChoiceQuestion)
        /// Type a number, graded with a tolerance.
        case numeric(NumericQuestion)
        /// Type a formula in the data, graded on seeded samples.
        case formula(FormulaQuestion)
    }

    /// A stable name for the question within its quiz, kept in the learner's progress: the file's
    /// `id:` when it gives one, else derived from the prompt (see `StableID`).
    var id: String
    var prompt: MarkdownDocument
    var format: Format
    /// Shown after a wrong try, to point the way without giving the answer.
    var hint: MarkdownDocument?
    /// The lesson page (1-based) that teaches what the question checks.
    var revisit: Int?
    /// Where `revisit` is written, to report a page the lesson does not have.
    var revisitLocation: LessonLocation?
    /// The lesson that teaches it, when `revisit` names a lesson id rather than a page.
    var revisitLesson: LessonReference?
    /// How many answers the learner may give before the right one is shown.
    var tries: Int

    init(
        id: String = "question", prompt: MarkdownDocument, format: Format, hint: MarkdownDocument? = nil,
        revisit: Int? = nil, revisitLocation: LessonLocation? = nil, tries: Int, revisitLesson: LessonReference? = nil
    ) {
        precondition(tries >= 1, "a question allows at least one try")
        self.id = id
        self.prompt = prompt
        self.format = format
        self.hint = hint
        self.revisit = revisit
        self.revisitLocation = revisitLocation
        self.revisitLesson = revisitLesson
        self.tries = tries
    }
}
