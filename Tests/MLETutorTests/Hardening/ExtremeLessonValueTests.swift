import Testing

@testable import MLETutor

/// Lesson values at the edges (issue 15.2): lint rejects what a page cannot compute in time,
/// stating the estimate, and what it accepts draws and responds to keys without trapping.
@Suite struct ExtremeLessonValueTests {
    private func load(_ page: String) -> CourseLoadResult {
        Course.load([LessonSource(path: "x.yaml", text: "id: x\ntitle: X\nsummary: s\npages:\n" + page)])
    }

    @Test func aSimulationThatWouldOverrunItsFrameIsALintErrorWithTheEstimate() {
        let found = load("  - kind: simulation\n    study: normality\n    sample-size: 1000000\n").diagnostics
            .map(\.headline)
        #expect(
            found == [
                "x.yaml:7:18: error: sample-size 1000000 makes the normality study draw 250 × 1000000 values a frame, about 2500 ms where a frame has 50 ms; use a sample-size of at most 8000"
            ])
        #expect(load("  - kind: simulation\n    study: normality\n    sample-size: 8000\n").course != nil)
    }

    @Test(arguments: [
        ("normal", "fixed: {sigma: 2}", "[4, 5]", "[0, 1e308]"),
        ("normal", "fixed: {sigma: 2}", "[4, 5]", "[1e300, 1e308]"),
        ("normal", "fixed: {sigma: 2}", "[4, 5]", "[1e-300, 2e-300]"),
        ("poisson", "", "[4, 5]", "[0, 1e308]"),
        ("poisson", "", "[4, 5]", "[1e-300, 1e-299]"),
        ("exponential", "", "[0.5, 2]", "[1e-300, 1e308]"),
        ("binomial", "trials: 10", "[7]", "[1e-300, 2e-300]"),
    ])
    func extremeSliderRangesLoadOrAreRejectedAndNeverTrap(family: String, extra: String, data: String, range: String) {
        let page =
            "  - kind: explorer\n    title: E\n    prompt: p\n    family: \(family)\n    \(extra)\n    data: \(data)\n    range: \(range)\n"
        guard let course = load(page).course else { return }
        var state = AppState.inLesson(
            0, page: 0, course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        for key in [Key.right, .right, .end, .left, .home, .pageUp, .pageDown, .character("b"), .character("v")] {
            _ = AppUpdate.update(&state, .key(key))
            #expect(!AppView.render(state).description.isEmpty)
        }
    }
}
