import Testing

@testable import MLETutor

/// Each kind of problem in a lesson file, produced by a broken fixture, with its message pinned.
@Suite struct LessonLintTests {
    private func headlines(_ text: String, path: String = "bad.yaml") -> [String] {
        Course.load([LessonSource(path: path, text: text)]).diagnostics.map(\.headline)
    }

    @Test func invalidYAMLSyntaxIsLocated() {
        let found = headlines("id: x\ntitle: [unclosed\nsummary: s\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("bad.yaml:3:") == true)
        #expect(found.first?.contains("error: invalid YAML:") == true)
    }

    @Test func missingFieldNamesTheFieldAndTheLesson() {
        #expect(
            headlines("id: a\ntitle: T\npages:\n  - kind: text\n    body: b\n")
                == ["bad.yaml:1:1: error: missing field 'summary' in lesson"])
    }

    @Test func unknownFieldSuggestsTheClosestKnownOne() {
        #expect(
            headlines("id: a\ntitel: T\ntitle: T\nsummary: s\npages:\n  - kind: text\n    body: b\n")
                == ["bad.yaml:2:1: error: unknown field 'titel' in lesson; did you mean 'title'?"])
    }

    @Test func unknownFieldWithNoCloseMatchListsTheFields() {
        #expect(
            headlines("id: a\ntitle: T\nsummary: s\nauthor: me\npages:\n  - kind: text\n    body: b\n")
                == ["bad.yaml:4:1: error: unknown field 'author' in lesson; expected one of: id, title, summary, pages"]
        )
    }

    @Test func unknownPageFieldNamesThePage() {
        #expect(
            headlines("id: a\ntitle: T\nsummary: s\npages:\n  - kind: text\n    body: b\n    colour: red\n")
                == [
                    "bad.yaml:7:5: error: unknown field 'colour' in page 1 (text); expected one of: kind, title, id, body, steps"
                ])
    }

    @Test func unknownPageKindSuggestsAKnownOne() {
        #expect(
            headlines("id: a\ntitle: T\nsummary: s\npages:\n  - kind: txt\n    body: b\n")
                == ["bad.yaml:5:11: error: unknown page kind 'txt' in page 1; did you mean 'text'?"])
    }

    @Test func missingPageKindListsTheKnownKinds() {
        let found = headlines("id: a\ntitle: T\nsummary: s\npages:\n  - body: b\n")
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix("bad.yaml:5:5: error: missing field 'kind' in page 1; known kinds: text") == true)
    }

    @Test func lessonWithoutPagesIsAnError() {
        #expect(
            headlines("id: a\ntitle: T\nsummary: s\npages: []\n")
                == ["bad.yaml:4:8: error: lesson 'a' has no pages; add at least one"])
    }

    @Test func duplicateIdsPointAtTheFirstUse() {
        let lesson = "id: same\ntitle: T\nsummary: s\npages:\n  - kind: text\n    body: b\n"
        let result = Course.load([
            LessonSource(path: "one.yaml", text: lesson), LessonSource(path: "two.yaml", text: lesson),
        ])
        #expect(
            result.diagnostics.map(\.headline)
                == ["two.yaml:1:5: error: duplicate lesson id 'same'; it is already used at one.yaml:1:5"])
        #expect(result.course == nil)
    }

    @Test func invalidIdIsRejected() {
        #expect(
            headlines("id: Big Id\ntitle: T\nsummary: s\npages:\n  - kind: text\n    body: b\n")
                == [
                    "bad.yaml:1:5: error: lesson id 'Big Id' must be lowercase letters, digits and hyphens, starting with a letter"
                ])
    }

    @Test func emptyFileAndNonMappingAreRejected() {
        #expect(
            headlines("") == ["bad.yaml:1:1: error: the file is empty; a lesson needs id, title, summary and pages"])
        #expect(headlines("- just\n- a list\n") == ["bad.yaml:1:1: error: expected a mapping of fields for lesson"])
    }

    @Test func noLessonFilesIsReportedForTheFolder() {
        #expect(
            Course.load([], from: "empty-dir").diagnostics.map(\.headline)
                == ["empty-dir: error: no lesson files (*.yaml or *.yml) found"])
    }

    @Test func everyProblemInAFileIsReportedNotJustTheFirst() {
        let found = headlines("id: a\ntitle: T\npages:\n  - kind: nope\n  - kind: text\n")
        #expect(found.count == 3)
    }

    @Test func formattedDiagnosticShowsTheLineAndACaret() {
        let source = LessonSource(
            path: "bad.yaml", text: "id: a\ntitle: T\nsummary: s\npages:\n  - kind: txt\n    body: b\n")
        let result = Course.load([source])
        #expect(
            result.formattedDiagnostics == [
                """
                bad.yaml:5:11: error: unknown page kind 'txt' in page 1; did you mean 'text'?
                  |
                5 |   - kind: txt
                  |           ^
                """
            ])
    }
}

/// Values computed into prose with `{{…}}`.
@Suite struct ComputedValueTests {
    private func page(_ body: String) -> (text: String, problems: [String]) {
        let source = LessonSource(
            path: "v.yaml", text: "id: a\ntitle: T\nsummary: s\npages:\n  - kind: text\n    body: \"\(body)\"\n")
        let result = Course.load([source])
        let text =
            (result.course?.lessons[0].pages[0].model as? TextPage).map {
                $0.lines(width: 200, options: .standard).map(\.plainText).joined()
            } ?? ""
        return (text, result.diagnostics.map(\.headline))
    }

    @Test func binomialProbabilityIsComputed() {
        // C(10,7) 0.5^10 = 120/1024 = 0.1171875 exactly.
        #expect(page("P = {{binomial-probability n=10 k=7 p=0.5}}.").text == "P = 0.1172.")
        // C(10,7) 0.7^7 0.3^3 = 0.266827932 (exact rational arithmetic).
        #expect(page("{{binomial-probability n=10 k=7 p=0.7 digits=6}}").text == "0.266828")
    }

    @Test func binomialScoreIsTheSlopeOfTheLogLikelihood() {
        // 7/0.5 − 3/0.5 = 8; 7/0.7 − 3/0.3 = 0 at the MLE.
        #expect(page("{{binomial-score n=10 k=7 p=0.5 digits=3}}").text == "8.00")
        #expect(page("{{binomial-score n=10 k=7 p=0.25 digits=4}}").text == "24.00")
    }

    @Test func binomialMLEIsTheShareOfSuccesses() {
        #expect(page("{{binomial-mle n=10 k=7 digits=2}}").text == "0.70")
    }

    @Test func problemsAreReportedAtTheField() {
        #expect(
            page("{{binomal-probability n=10}}").problems
                == [
                    "v.yaml:6:11: error: in {{binomal-probability n=10}}: unknown value 'binomal-probability'; did you mean 'binomial-probability'? in page 1 (text)"
                ])
        #expect(
            page("{{binomial-mle n=10}}").problems
                == ["v.yaml:6:11: error: in {{binomial-mle n=10}}: 'binomial-mle' needs k in page 1 (text)"])
        #expect(
            page("{{binomial-probability n=10 k=7 p=2}}").problems
                == [
                    "v.yaml:6:11: error: in {{binomial-probability n=10 k=7 p=2}}: p must be from 0 to 1 in page 1 (text)"
                ])
    }
}

/// Pages and questions get stable ids: written, or derived from their title or prompt.
@Suite struct StableIDTests {
    @Test func slugsAreLowercaseWordsJoinedByHyphens() {
        #expect(StableID.slug("Fisher's question") == "fisher-s-question")
        #expect(StableID.slug("  θ̂ = k/n, for 7 Heads!  ") == "k-n-for-7-heads")
        #expect(StableID.slug("μ σ") == "")
        let long = StableID.slug(String(repeating: "word ", count: 30))
        #expect(long.count <= StableID.maximumLength && !long.hasSuffix("-") && long.hasPrefix("word-word"))
    }

    private func lesson(_ pages: String) throws -> Lesson {
        try FixtureCourse.load([
            LessonSource(path: "a.yaml", text: "id: a\ntitle: T\nsummary: s\npages:\n" + pages)
        ]).lessons[0]
    }

    @Test func derivedIDsComeFromTitlesAndNeverRepeat() throws {
        let pages = try lesson(
            """
              - kind: text
                title: Same
                body: b
              - kind: text
                title: Same
                body: b
              - kind: text
                body: untitled
              - kind: text
                id: same-2
                title: Written
                body: b
            """
        ).pages
        #expect(pages.map(\.id) == ["same", "same-3", "page-3", "same-2"])
    }

    @Test func aRepeatedOrMalformedWrittenIDIsALocatedError() {
        let result = Course.load([
            LessonSource(
                path: "bad.yaml",
                text: "id: a\ntitle: T\nsummary: s\npages:\n  - kind: text\n    id: x\n    body: b\n"
                    + "  - kind: text\n    id: x\n    body: b\n  - kind: text\n    id: Bad Id\n    body: b\n")
        ])
        #expect(
            result.diagnostics.map(\.message) == [
                "duplicate id 'x' in page 2 (text); ids must differ within their list",
                "id 'Bad Id' in page 3 (text) must be lowercase letters, digits and hyphens",
            ])
        #expect(result.diagnostics.first?.location.line == 9)
    }

    @Test func questionsGetIDsFromTheirPrompts() throws {
        let quiz = try #require(try QuizFixture.course().lessons[0].pages[QuizFixture.quizPage].model as? QuizPage)
        #expect(quiz.questions[0].id == "after-7-heads-in-10-tosses-which-bias-makes-the")
        #expect(Set(quiz.questions.map(\.id)).count == quiz.questions.count)
    }
}
