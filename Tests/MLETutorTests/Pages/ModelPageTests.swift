import MLECore
import Testing

@testable import MLETutor

/// The `model` page kind and `explore --model`: decoding with located errors, the score and the
/// density warning on screen, the optimizer reaching the maximum, and the command's checks.
@Suite struct ModelPageTests {
    static func lesson(_ page: String) -> LessonSource {
        LessonSource(
            path: "fixtures/model.yaml",
            text: "id: model-fixture\ntitle: M\nsummary: s\npages:\n  - kind: model\n    title: Yours\n" + page)
    }

    static func frame(_ page: String) throws -> String {
        let state = AppState.inLesson(
            0, page: 0, course: try FixtureCourse.load([lesson(page)]), progress: LearnerProgress(),
            options: .standard, width: 80, height: 24)
        let frame = AppView.render(state)
        #expect(frame.lines.allSatisfy { $0.count == 80 })
        return frame.lines.joined(separator: "\n")
    }

    @Test func showsTheModelAndItsScore() throws {
        let text = try Self.frame(
            "    formula: log(lambda) - lambda*x\n    start: {lambda: 1}\n    data: [0.5, 1.2, 0.1, 0.8]\n")
        #expect(text.contains("log f(x) = log(λ) − λ·x"))
        #expect(text.contains("score ∂ℓ/∂λ = Σ(1/λ − xᵢ)"))
        #expect(!text.contains("Not a density"))
    }

    @Test func warnsWithTheNumberWhenNotADensity() throws {
        let text = try Self.frame("    formula: -abs(x - m)\n    start: {m: 1}\n    data: [1.2, 0.4, 2.9]\n")
        #expect(text.contains("Not a density: exp(log f) integrates to 2.000, not 1, over the real line"))
    }

    @Test func warnsWhereTheModelIsUndefinedAtTheData() throws {
        let model = try FormulaModel("log(lambda) - lambda/x", parameters: ["lambda"])
        #expect(
            ModelPageText.warning(for: model.likelihood(on: [1, 0, 2]), at: [1])
                == "Undefined at x = 0 (λ = 1): lambda/x divides by zero")
        #expect(ModelPageText.warning(for: model.likelihood(on: [1, 2]), at: [1])?.hasPrefix("Not a density") == true)
    }

    @Test func formulaErrorsAreLocatedInTheLessonFile() {
        let headlines = Course.load([Self.lesson("    formula: log(lamda)\n    start: {lambda: 1}\n    data: [1]\n")])
            .diagnostics.map(\.headline)
        #expect(
            headlines == [
                "fixtures/model.yaml:7:18: error: the formula of page 1 (model) is not a model: unknown name 'lamda': did you mean 'lambda'?"
            ])
    }

    @Test func runningNewtonMeetsTheCheckpoint() throws {
        let model = try FormulaModel("-log(2*b) - abs(x - m)/b", parameters: ["m", "b"])
        var page = ModelPage(model: model, sample: [0.5, 1.2, 2.9, 1.7, 1.1], start: ["m": 1, "b": 1])
        #expect(page.checkpointMet == false)
        let context = PageContext(width: 80, height: 24, options: .standard)
        _ = page.handle(.key(.tab), context: context)
        for _ in 0..<60 { _ = page.handle(.key(.character("s")), context: context) }
        #expect(page.checkpointMet == true)
    }

    /// A two-parameter model gets a third tab over both: Newton from the learner's start on the
    /// surface reaches the joint fit, both scores are written out, and the checkpoint is met.
    @Test func twoParametersGetASurfaceWhereNewtonReachesTheJointFit() throws {
        let model = try FormulaModel("-log(s) - 0.5*log(2*pi) - (x - m)^2/(2*s^2)", parameters: ["m", "s"])
        let sample = [4.1, 5.3, 3.8, 6.2, 5.0, 4.4, 5.9]
        var page = ModelPage(model: model, sample: sample, start: ["m": 3, "s": 2])
        #expect(page.tabs.names == ["m", "s", "m, s"])
        let context = PageContext(width: 80, height: 24, options: .standard)
        _ = page.handle(.key(.tab), context: context)
        _ = page.handle(.key(.tab), context: context)
        #expect(page.showsSurface)
        #expect(page.currentParameters == [3, 2])
        let lines = ModelPageText.lines(page, width: 80).map(\.0)
        #expect(lines.contains { $0.hasPrefix("score ∂ℓ/∂m = ") } && lines.contains { $0.hasPrefix("score ∂ℓ/∂s = ") })
        #expect(page.checkpointMet == false)
        _ = page.handle(.key(.character("e")), context: context)
        #expect(page.checkpointMet == true)
        // The Normal's MLE in closed form: the mean, and the root of the mean squared deviation.
        let mean = sample.reduce(0, +) / Double(sample.count)
        let spread = (sample.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(sample.count)).squareRoot()
        let reached = page.currentParameters
        #expect(abs(reached[0] - mean) <= 1e-9 * mean && abs(reached[1] - spread) <= 1e-9 * spread, "\(reached)")
        // The converged surface states its result, as the one-parameter optimizer does.
        var buffer = TextBuffer(width: 80, height: 24)
        page.draw(into: &buffer, in: Rect(x: 0, y: 0, width: 80, height: 24), options: .standard)
        #expect(buffer.description.contains("Result: m = \(ReadoutFormat.compact(reached[0], digits: 12))"))
    }

    /// Newton on a model with a corner (|x − m|) stops without converging; the stop says why (no
    /// parabola fits a corner) instead of the generic advice; a smooth model's stop does not.
    @Test func newtonStoppedAtACornerSaysSo() throws {
        let laplace = try FormulaModel("-log(2*b) - abs(x - m)/b", parameters: ["m", "b"])
        #expect(laplace.node.hasCorners)
        var page = ModelPage(
            model: laplace, sample: [1.2, 0.4, 2.9, 1.7, 1.1, 0.3, 2.2], start: ["m": 0, "b": 1])
        let context = PageContext(width: 80, height: 24, options: .standard)
        _ = page.handle(.key(.tab), context: context)
        _ = page.handle(.key(.tab), context: context)
        _ = page.handle(.key(.character("e")), context: context)
        var buffer = TextBuffer(width: 80, height: 24)
        page.draw(into: &buffer, in: Rect(x: 0, y: 0, width: 80, height: 24), options: .standard)
        let frame = buffer.description.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        try #require(!frame.contains("Converged"), "this start is expected to end oscillating: \(frame)")
        #expect(
            frame.contains(
                "Newton jumps across a corner of ℓ (abs, min or max), which no parabola fits; the peak is at that corner."
            ),
            "\(frame)")
        let smooth = try FormulaModel("-log(s) - (x - m)^2/(2*s^2)", parameters: ["m", "s"])
        #expect(!smooth.node.hasCorners)
    }

    @Test func exploreModelOptions() {
        func message(_ arguments: [String]) -> String {
            do {
                _ = try ExploreCommand.parse(arguments)
                return ""
            } catch {
                return ExploreCommand.message(for: error)
            }
        }
        #expect(
            message(["--model", "x", "--start", "a=1"]).contains(
                "with --model, give the data as FILE (or --file FILE) or with --data"))
        #expect(message(["--model", "log(a) - a*x", "--start", "a=1", "--data", "1,2"]) == "")
        #expect(
            message(["normal", "--model", "x", "--start", "a=1", "--data", "1"])
                == "give a distribution or --model, not both")
        switch ModelExplore.page(
            expression: "log(lambda) - lambda/x", start: [("lambda", 1)], source: ModelExplore.listSource("1,0,2"),
            name: "--data", column: nil)
        {
        case .success: Issue.record("a model undefined at the data was accepted")
        case .failure(let failure):
            #expect(
                failure.message == "--data:2: error: the model is undefined at the start: lambda/x divides by zero\n")
        }
    }

    /// The header names the formula while it fits at 80 columns; a longer one (written out in full
    /// on the page) gives way to its parameters, so n and the source are never cut.
    @Test func theHeaderFitsEightyColumns() {
        #expect(
            ModelExplore.title(expression: "log(a) - a*x", parameters: ["a"], n: 4, source: "--data")
                == "log(a) - a*x, n = 4 from --data")
        let long = ModelExplore.title(
            expression: "-log(s) - 0.5*log(2*pi) - (x - m)^2/(2*s^2)", parameters: ["m", "s"], n: 7,
            source: "--data")
        #expect(long == "your model of m and s, n = 7 from --data")
        #expect((" mletutor explore: " + long).count <= 80)
    }
}
