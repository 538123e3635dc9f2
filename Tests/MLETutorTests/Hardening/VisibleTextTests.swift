import Testing

@testable import MLETutor

/// Untrusted text printed outside the full-screen view shows its control characters instead of
/// obeying them (issue 15.1).
@Suite struct VisibleTextTests {
    @Test func escapeSequencesBellAndDeleteAreSpelledOut() {
        #expect(VisibleText.escaped("a\u{1B}]52;c;eA==\u{07}b\u{7F}") == "a\\e]52;c;eA==\\x07b\\x7F")
        #expect(VisibleText.escaped("\u{1B}[2J\r\u{0}") == "\\e[2J\\r\\x00")
    }

    @Test func newlineTabAndOrdinaryUnicodeStay() {
        let text = "θ̂ = 0.7\tσ² 平均 🎲\nnext line"
        #expect(VisibleText.escaped(text) == text)
    }

    @Test func c1ControlsAndBidirectionalOverridesAreSpelledOut() {
        #expect(VisibleText.escaped("a\u{9B}31m") == "a\\u{009B}31m")
        #expect(VisibleText.escaped("file\u{202E}txt.exe") == "file\\u{202E}txt.exe")
        #expect(VisibleText.escaped("\u{2066}x\u{2069}\u{200F}") == "\\u{2066}x\\u{2069}\\u{200F}")
    }

    @Test func longTokensAreShortenedWithTheirLength() {
        let token = String(repeating: "7", count: 500) + "x"
        let short = VisibleText.shortened(token)
        #expect(short.count < 60)
        #expect(short.hasSuffix("7x (501 characters)"))
        #expect(VisibleText.shortened("abc") == "abc")
    }

    @Test func aBadDataTokenReachesStandardErrorEscapedAndShort() {
        let token = "\u{1B}]0;owned\u{07}" + String(repeating: "9", count: 300)
        let outcome = FitSession(family: .normal, fixed: [:], format: DataFormat(), json: false)
            .run(MemorySource(token + "\n"), name: "data.txt")
        #expect(outcome.status == FitSession.dataErrorStatus)
        let shown = VisibleText.escaped(outcome.standardError)
        #expect(!shown.contains("\u{1B}"))
        #expect(shown.hasPrefix("data.txt:1: error: '\\e]0;owned\\x07999"))
        #expect(shown.contains("(310 characters)"))
    }

    @Test func lintReportsControlCharactersInLessonTextAtTheirLineAndColumn() {
        let text = "id: a\ntitle: T\u{1B}[31m\nsummary: s \u{202E}x\npages:\n  - kind: text\n    body: b\n"
        let found = Course.load([LessonSource(path: "bad.yaml", text: text)]).diagnostics.map(\.headline)
        #expect(
            found == [
                "bad.yaml:2:9: error: control character \\e in lesson text: it would act on the terminal instead of showing; remove it",
                "bad.yaml:3:12: error: control character \\u{202E} in lesson text: it would act on the terminal instead of showing; remove it",
            ])
    }

    @Test func lintReportsControlCharactersWrittenAsYAMLEscapes() {
        let text = "id: a\ntitle: \"T\\e[31m\"\nsummary: s\npages:\n  - kind: text\n    body: b\n"
        let found = Course.load([LessonSource(path: "bad.yaml", text: text)]).diagnostics.map(\.headline)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("bad.yaml:2:8: error: control character \\e") == true)
    }

    @Test func duplicatedKeysAreLocatedAtTheirLineNotAtTheStart() {
        let text = "id: a\ntitle: T\nsummary: s\ntitle: U\npages:\n  - kind: text\n    body: b\n"
        let found = Course.load([LessonSource(path: "bad.yaml", text: text)]).diagnostics.map(\.headline)
        #expect(found == ["bad.yaml:2:1: error: invalid YAML: duplicated keys title"])
    }
}

/// Finite but extreme data on the explorer draw without trapping (issue 15.2).
@Suite struct ExtremeExploreTests {
    @Test(arguments: [
        ["poisson", "--data", "1e19"], ["poisson", "--data", "1e300"], ["normal", "--data", "1e300,-1e300"],
        ["normal", "--mu", "0", "--data", "1e300,1.1e300"], ["gamma", "--data", "1e300,2e300"],
        ["binomial", "--trials", "1000000000000000000", "--data", "5"], ["normal", "--data", "1e300"],
        ["normal", "--data=-1.7e308,1.7e308"], ["gamma", "--data", "1e300"], ["normal", "--data", "1e-300,2e-300"],
    ])
    func extremeDataDrawOrAreRefused(arguments: [String]) throws {
        let command = try ExploreCommand.parse(arguments)
        switch command.loadModel() {
        case .failure(let failure):
            #expect(failure.status == FitSession.dataErrorStatus)
        case .success(let model):
            let (page, title) = ExploreCommand.page(for: model, source: "--data")
            var state = AppState.exploring(page, title: title, options: .standard, width: 80, height: 24)
            for key in [Key.right, .right, .tab, .right, .left] {
                _ = AppUpdate.update(&state, .key(key))
                #expect(!AppView.render(state).description.isEmpty)
            }
        }
    }
}

/// `explore` of data with no maximum likelihood estimate says so (issue 15.3): "(no MLE)" in the
/// title, the reason on the page, and, once an optimizer stops, that no climb can end at a peak
/// (not advice about η or the method, which cannot help).
@Suite struct ExploreWithoutEstimateTests {
    @Test(arguments: [
        (["normal", "--data", "5"], "a normal fit needs at least 2"),
        (["exponential", "--data", "0,0"], "lambda-hat = 1/mean would be infinite"),
        (["gamma", "--data", "2,2,2"], "alpha-hat would be infinite"),
    ])
    func thePageSaysThereIsNoEstimateAndWhy(arguments: [String], reason: String) throws {
        let model = try ExploreCommand.parse(arguments).loadModel().get()
        let (page, title) = ExploreCommand.page(for: model, source: "--data")
        #expect(title.hasSuffix("(no MLE)"))
        var state = AppState.exploring(page, title: title, options: .standard, width: 160, height: 40)
        let opening = AppView.render(state).description
        #expect(opening.contains("No maximum: ") && opening.contains(reason), "\(opening)")
        // The optimizer (the second tab of a one-parameter page) run to its end.
        if model.dimension == 1 { ExplorerFixture.press(.tab, 1, &state) }
        ExplorerFixture.press(.character("e"), 1, &state)
        // The stop's words, wherever the lines wrap.
        let frame = AppView.render(state).description.split(separator: "\n")
            .map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }.joined(separator: " ")
        #expect(
            frame.contains("these data have no maximum (") && frame.contains("so no climb can end at a peak"),
            "\(frame)")
        #expect(!frame.contains("η is too large") && !frame.contains("o switches to Newton"))
        let fine = try ExploreCommand.parse(["normal", "--data", "4,5"]).loadModel().get()
        #expect(!ExploreCommand.page(for: fine, source: "--data").title.contains("no MLE"))
    }

    /// An estimate beyond the largest double (subnormal data) cannot be drawn: refused before the
    /// screen is taken, with the fit's own message.
    @Test func anEstimateBeyondTheLargestDoubleIsRefused() throws {
        switch try ExploreCommand.parse(["exponential", "--data", "1e-320,2e-320"]).loadModel() {
        case .success: Issue.record("an undrawable estimate was accepted")
        case .failure(let failure):
            #expect(failure.message.contains("the estimate of lambda is beyond the largest number a double holds"))
            #expect(failure.status == 65)
        }
    }
}
