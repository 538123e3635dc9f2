/// One page of a lesson as written in its file.
struct LessonPage: Sendable {
    /// A stable name for the page within its lesson, kept in the learner's progress: the file's
    /// `id:` when it gives one, else derived from the title (see `StableID`).
    var id: String
    /// The page kind named in the file (`text`, ...).
    var kind: String
    /// The title shown above the page, if the file gives one.
    var title: String?
    /// The page in its initial state.
    var model: any PageModel
    /// Where the page starts in its file.
    var location: LessonLocation
}
