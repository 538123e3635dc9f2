extension QuizPage {
    /// The quiz with every `revisit: LESSON-ID` given the lesson's number and title from `lessons`,
    /// and a diagnostic for each id the course does not have.
    func resolvingLessonReferences(in lessons: [Lesson]) -> (page: QuizPage, problems: [LessonDiagnostic]) {
        guard questions.contains(where: { $0.revisitLesson != nil }) else { return (self, []) }
        var problems: [LessonDiagnostic] = []
        let resolved = questions.map { question -> Question in
            guard let reference = question.revisitLesson else { return question }
            var question = question
            if let index = lessons.firstIndex(where: { $0.id == reference.id }) {
                question.revisitLesson = LessonReference(
                    id: reference.id, number: index + 1, title: lessons[index].title)
            } else if let location = question.revisitLocation {
                problems.append(
                    LessonDiagnostic(
                        "revisit: no lesson has the id '\(reference.id)'"
                            + suggestion(for: reference.id, among: lessons.map(\.id), listedAs: "lesson ids are"),
                        at: location))
            }
            return question
        }
        return (QuizPage(questions: resolved), problems)
    }
}
