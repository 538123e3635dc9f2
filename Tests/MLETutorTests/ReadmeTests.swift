import Testing

@testable import MLETutor

/// README.md shows what the code does: its lesson-map frame is the one `mletutor render --map`
/// draws, and its YAML examples lint clean.
@Suite struct ReadmeTests {
    @Test func theMapFrameIsTheOneTheTutorDraws() throws {
        let readme = try String(
            contentsOf: YAMLExamples.repository.appendingPathComponent("README.md"), encoding: .utf8)
        // The first code block, introduced as `mletutor render --map` at 80×24.
        let shown = try #require(readme.components(separatedBy: "```\n").dropFirst().first)
        let course = try #require(Course.load(LessonSource.embedded).course)
        let frame = AppView.render(
            .onMap(
                course: course, progress: LearnerProgress(), options: DisplayOptions(unicode: true, color: false),
                width: 80, height: 24)
        ).description
        func lines(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0.reversed().drop { $0 == " " }.reversed())
            }.reversed().drop { $0.isEmpty }.reversed()
        }
        let inSync = lines(shown) == lines(frame)
        #expect(
            inSync,
            """
            README.md's map frame is not what the tutor draws now. Replace the frame (the first ``` block) \
            with the output of `swift run mletutor render --map --width 80 --height 24`:
            \(frame)
            """)
        #expect(readme.contains("(That frame is `mletutor render --map` at 80×24.)"))
    }

    @Test func theYAMLExamplesLintClean() throws {
        let examples = try YAMLExamples.examples(in: "README.md")
        #expect(!examples.isEmpty, "found no ```yaml block in README.md")
        YAMLExamples.expectLintClean(examples)
    }
}
