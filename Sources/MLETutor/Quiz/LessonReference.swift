/// A lesson of the course named by a question's `revisit: LESSON-ID`, for a knowledge check that
/// spans lessons. The number and title are filled in when the whole course has loaded.
struct LessonReference: Sendable, Hashable {
    /// The lesson's id, as written.
    var id: String
    /// The lesson's 1-based place in the course, once resolved.
    var number: Int?
    /// The lesson's title, once resolved.
    var title: String?

    init(id: String, number: Int? = nil, title: String? = nil) {
        self.id = id
        self.number = number
        self.title = title
    }

    /// How the end-of-quiz summary names it: "lesson 6, The recipe, worked".
    var summaryText: String {
        guard let number, let title else { return "lesson '\(id)'" }
        return "lesson \(number), \(title)"
    }
}
