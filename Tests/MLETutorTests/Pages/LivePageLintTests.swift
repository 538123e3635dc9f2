import Testing

@testable import MLETutor

/// Lesson files that misuse a live page kind get located messages that say what is accepted.
@Suite struct LivePageLintTests {
    static func diagnostics(_ page: String) -> [String] {
        let source = LessonSource(
            path: "bad.yaml",
            text: """
                id: bad
                title: Bad
                summary: One wrong page.
                pages:
                \(page)
                """)
        return Course.load([source]).formattedDiagnostics.map { $0.split(separator: "\n").first.map(String.init) ?? "" }
    }

    @Test func outOfRangeNumbersAreReportedWithTheirRange() {
        #expect(
            Self.diagnostics("  - kind: classifier\n    points: 1000") == [
                "bad.yaml:6:13: error: field 'points' in page 1 (classifier) must be a whole number from 5 to 500, not '1000'"
            ])
        #expect(
            Self.diagnostics("  - kind: underflow\n    p: 1.5") == [
                "bad.yaml:6:8: error: field 'p' in page 1 (underflow) must be a number from 0.0001 to 0.9999, not '1.5'"
            ])
        #expect(
            Self.diagnostics("  - kind: regression\n    learning-rate: 1") == [
                "bad.yaml:6:20: error: field 'learning-rate' in page 1 (regression) must be a number from 0.0001 to 0.15, not '1'"
            ])
    }

    @Test func simulationNeedsAStudyAndRejectsUnknownFields() {
        #expect(
            Self.diagnostics("  - kind: simulation")
                == ["bad.yaml:5:5: error: missing field 'study' in page 1 (simulation)"])
        #expect(
            Self.diagnostics("  - kind: simulation\n    study: normality\n    replication: 50")
                == [
                    "bad.yaml:7:5: error: unknown field 'replication' in page 1 (simulation); did you mean 'replications'?"
                ])
    }
}
