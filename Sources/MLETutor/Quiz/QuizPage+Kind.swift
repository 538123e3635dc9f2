extension QuizPage {
    /// `kind: quiz`: a list of `questions`; see `QuestionDecoder` for the fields of each.
    static let pageKind = PageKind(name: "quiz", fields: ["questions"]) { fields in
        guard let nodes = fields.sequence("questions", allowEmpty: false) else { return nil }
        let decoder = QuestionDecoder(log: fields.log)
        let errorsBefore = fields.log.diagnostics.count
        let written = explicitIDs(nodes)
        var taken = Set<String>()
        let questions = nodes.enumerated().compactMap { index, node in
            decoder.decode(
                node, what: "question \(index + 1) of \(fields.what)", number: index + 1, written: written,
                taken: &taken)
        }
        guard fields.log.diagnostics.count == errorsBefore, !questions.isEmpty else { return nil }
        return QuizPage(questions: questions)
    }
}

extension QuizPage {
    /// A question whose `revisit` names a page past the end of the lesson.
    func problems(inLessonOf pageCount: Int) -> [LessonDiagnostic] {
        questions.compactMap { question in
            guard let page = question.revisit, page > pageCount, let location = question.revisitLocation else {
                return nil
            }
            return LessonDiagnostic(
                "revisit: \(page) names a page the lesson does not have; it has \(pageCount) page\(pageCount == 1 ? "" : "s")",
                at: location)
        }
    }
}
