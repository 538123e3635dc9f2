/// What happens to a page: a key it may handle, or a tick of the animation clock.
enum PageEvent: Hashable, Sendable {
    case key(Key)
    case tick
}

/// Whether a page used an event; an ignored key falls through to the tutor's global keys.
enum PageResponse: Hashable, Sendable {
    case handled
    case ignored
    /// The page used the event and finished something the learner's progress keeps (a quiz's
    /// score); the app records it and saves.
    case completed(PageResult)
}

/// The live state of one lesson page. The value decoded from the lesson file is the page as the
/// learner first sees it; every event changes a copy held in the app's state.
///
/// A page kind plugs into the tutor by conforming to this protocol and registering a decoder
/// in `PageKindRegistry`. Pages are pure: they never touch the terminal or the file system.
protocol PageModel: Sendable {
    /// Reacts to a key or a tick.
    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse

    /// Draws the page into `rect` of `buffer`.
    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions)

    /// The keys that work on this page right now, for the help bar and the help overlay.
    func keyHints(context: PageContext) -> [KeyHint]

    /// True while the page animates and wants `.tick` events.
    var wantsTicks: Bool { get }

    /// The number of quiz questions on the page, counted by lint.
    var questionCount: Int { get }

    /// The widest the page wants to be; wider screens centre it (long lines of prose are hard to
    /// read). Nil to take the whole width.
    var maximumWidth: Int? { get }

    /// Hands the page, as it is opened, what it recorded on earlier visits.
    mutating func resume(from record: PageRecord)

    /// True while the learner types into the page (a numeric answer), so letter keys are text
    /// and the key bar offers only the keys that still work: Esc and Ctrl-C.
    var capturesTyping: Bool { get }

    /// Problems seen only once the whole lesson is read, such as a reference to a page the
    /// lesson does not have; lint reports them with the lesson's other errors.
    func problems(inLessonOf pageCount: Int) -> [LessonDiagnostic]

    /// What going forward (`n`, `→`, Space) shows next on this page before it turns the page,
    /// such as "next step · 2 of 4"; nil when nothing is hidden and forward turns the page.
    func nextReveal(context: PageContext) -> String?

    /// Shows the content `nextReveal` describes. Called only when it is not nil.
    mutating func reveal(context: PageContext)

    /// How many of the page's steps the learner has revealed (0 for a page without steps), so a
    /// page they come back to in the same session shows what they had already seen.
    var revealedSteps: Int { get }

    /// Shows the first `steps` steps at once, as on the learner's last look at the page.
    mutating func restoreRevealedSteps(_ steps: Int)

    /// The page's checkpoint: nil when it has none, false until the learner has done the
    /// page's work (reached a goal, ran an optimizer until it stopped, finished a quiz), then true.
    var checkpointMet: Bool? { get }

    /// A title the page's present state calls for in place of the lesson's (a classifier switched
    /// from separable to overlapping data); nil to keep the lesson's title.
    var heading: String? { get }

    /// Work on the page the learner has not finished (a quiz left mid-way), kept in their
    /// progress; nil when there is none.
    var unfinishedQuiz: UnfinishedQuiz? { get }

    /// Hands the page, as it is opened, the unfinished work of an earlier visit.
    mutating func resume(unfinished: UnfinishedQuiz)
}

extension PageModel {
    var wantsTicks: Bool { false }
    var questionCount: Int { 0 }
    var maximumWidth: Int? { nil }
    mutating func resume(from record: PageRecord) {}
    var capturesTyping: Bool { false }
    func problems(inLessonOf pageCount: Int) -> [LessonDiagnostic] { [] }
    func nextReveal(context: PageContext) -> String? { nil }
    mutating func reveal(context: PageContext) {}
    var revealedSteps: Int { 0 }
    mutating func restoreRevealedSteps(_ steps: Int) {}
    var checkpointMet: Bool? { nil }
    var heading: String? { nil }
    var unfinishedQuiz: UnfinishedQuiz? { nil }
    mutating func resume(unfinished: UnfinishedQuiz) {}
}
