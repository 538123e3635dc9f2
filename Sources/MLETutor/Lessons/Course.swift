/// The lessons of the tutorial in the order they are taught (their files' name order).
struct Course: Sendable {
    var lessons: [Lesson]

    init(lessons: [Lesson]) {
        self.lessons = lessons
    }

    var pageCount: Int { lessons.reduce(0) { $0 + $1.pages.count } }
    var questionCount: Int { lessons.reduce(0) { $0 + $1.questionCount } }

    /// The index of the lesson named by `reference`: its 1-based number or its id.
    func lessonIndex(for reference: String) -> Int? {
        if let number = Int(reference), lessons.indices.contains(number - 1) {
            return number - 1
        }
        return lessons.firstIndex { $0.id == reference }
    }

    func lessonIndex(id: String) -> Int? {
        lessons.firstIndex { $0.id == id }
    }
}

/// The outcome of reading a set of lesson files: the course, or every problem found.
struct CourseLoadResult: Sendable {
    var course: Course?
    var diagnostics: [LessonDiagnostic]
    var sources: [LessonSource]

    /// Every diagnostic with its source line and caret, in file order.
    var formattedDiagnostics: [String] {
        diagnostics.map { diagnostic in
            diagnostic.formatted(source: sources.first { $0.path == diagnostic.location.file }?.text)
        }
    }
}

extension Course {
    /// Reads every source, checks ids are unique and that there is at least one lesson.
    /// `origin` names where the sources came from, for the message when there are none.
    static func load(
        _ sources: [LessonSource], from origin: String = "lessons",
        registry: PageKindRegistry = .standard
    ) -> CourseLoadResult {
        let parser = LessonParser(registry: registry)
        var lessons: [Lesson] = []
        var diagnostics: [LessonDiagnostic] = []
        for source in sources {
            let log = DiagnosticLog(file: source.path)
            if let lesson = parser.parse(source, log: log) {
                if let first = lessons.first(where: { $0.id == lesson.id }) {
                    diagnostics.append(
                        LessonDiagnostic(
                            "duplicate lesson id '\(lesson.id)'; it is already used at \(first.idLocation)",
                            at: lesson.idLocation))
                } else {
                    lessons.append(lesson)
                }
            }
            diagnostics += log.diagnostics
        }
        diagnostics += resolveLessonReferences(in: &lessons)
        if sources.isEmpty {
            diagnostics.append(
                LessonDiagnostic(
                    "no lesson files (*.yaml or *.yml) found",
                    at: LessonLocation(file: origin, line: 0, column: 0)))
        }
        let course = diagnostics.isEmpty ? Course(lessons: lessons) : nil
        return CourseLoadResult(course: course, diagnostics: diagnostics, sources: sources)
    }
}

extension Course {
    /// Gives each quiz question's `revisit: LESSON-ID` the lesson's number and title, and reports
    /// ids that no lesson has.
    static func resolveLessonReferences(in lessons: inout [Lesson]) -> [LessonDiagnostic] {
        var problems: [LessonDiagnostic] = []
        let snapshot = lessons
        for lessonIndex in lessons.indices {
            for pageIndex in lessons[lessonIndex].pages.indices {
                guard let quiz = lessons[lessonIndex].pages[pageIndex].model as? QuizPage else { continue }
                let resolved = quiz.resolvingLessonReferences(in: snapshot)
                lessons[lessonIndex].pages[pageIndex].model = resolved.page
                problems += resolved.problems
            }
        }
        return problems
    }
}
