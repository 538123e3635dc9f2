import Testing

@testable import MLETutor

/// Mistakes in the explorer, optimizer and surface pages of a lesson file, located and worded.
@Suite struct ExplorerLintTests {
    private func headlines(_ page: String) -> [String] {
        let text = "id: a\ntitle: T\nsummary: s\npages:\n" + page
        return Course.load([LessonSource(path: "bad.yaml", text: text)]).diagnostics.map(\.headline)
    }

    @Test func unknownFamilySuggestsTheClosestOne() {
        #expect(
            headlines("  - kind: explorer\n    family: binomail\n    data: [1]\n")
                == ["bad.yaml:6:13: error: unknown family 'binomail' in page 1 (explorer); did you mean 'binomial'?"])
    }

    @Test func aRegisteredFamilyIsALessonFamilyWithItsOwnParameterChecks() {
        #expect(headlines("  - kind: surface\n    family: lognormal\n    data: [0.5, 1.5, 2.5]\n").isEmpty)
        #expect(
            headlines("  - kind: explorer\n    family: lognormal\n    data: [1, 2]\n    fixed: {sigma: -1}\n").first
                == "bad.yaml:8:20: error: sigma in 'fixed' must be greater than 0, not '-1'")
        #expect(
            headlines("  - kind: explorer\n    family: lognormal\n    data: [1, 2]\n    fixed: {mu: .nan}\n").first
                == "bad.yaml:8:17: error: mu in 'fixed' must be a finite number, not '.nan'")
        #expect(
            headlines("  - kind: explorer\n    family: lognormal\n    data: [1, 2]\n    fixed: {alpha: 1}\n").first
                == "bad.yaml:8:13: error: 'alpha' in 'fixed' is not a parameter of lognormal (its parameters: mu, sigma)"
        )
        #expect(
            headlines("  - kind: explorer\n    family: lognormal\n    data: [1, -2]\n    fixed: {mu: 0}\n")
                == [
                    "bad.yaml:7:15: error: value 2 under 'data' in page 1 (explorer) cannot be used: -2 is outside the support of the lognormal distribution (x > 0)"
                ])
    }

    @Test func binomialNeedsTrials() {
        #expect(
            headlines("  - kind: explorer\n    family: binomial\n    data: [7]\n")
                == ["bad.yaml:6:13: error: the binomial family needs 'trials', the number of trials per observation"])
    }

    @Test func twoFreeParametersOnASliderAskForOneToBeFixed() {
        #expect(
            headlines("  - kind: explorer\n    family: normal\n    data: [1, 2]\n")
                == [
                    "bad.yaml:6:13: error: page 1 (explorer) needs 1 free parameter but normal has 2 here; fix one of mu, sigma under 'fixed'"
                ])
    }

    @Test func dataAndSampleAreExclusiveAndSamplesNeedEverything() {
        #expect(
            headlines(
                "  - kind: explorer\n    family: poisson\n    data: [1]\n    sample: {lambda: 2, n: 5, seed: 1}\n")
                == [
                    "bad.yaml:5:5: error: page 1 (explorer) needs exactly one of 'data' (a list of values) or 'sample' (a seeded draw)"
                ])
        #expect(
            headlines("  - kind: surface\n    family: gamma\n    sample: {alpha: 2, n: 5, seed: 1}\n")
                == ["bad.yaml:7:13: error: 'sample' in page 1 (surface) needs a value for beta to draw from"])
    }

    @Test func dataOutsideTheSupportAreReportedWithTheirLine() {
        #expect(
            headlines("  - kind: explorer\n    family: bernoulli\n    data: [1, 0, 2]\n")
                == [
                    "bad.yaml:7:18: error: value 3 under 'data' in page 1 (explorer) cannot be used: bernoulli data must be 0 or 1, found 2"
                ])
    }

    @Test func theSliderMustStartInsideTheDomain() {
        #expect(
            headlines(
                "  - kind: optimizer\n    family: exponential\n    data: [1, 2]\n    range: [0, 4]\n    start: 0\n")
                == [
                    "bad.yaml:9:12: error: the slider of page 1 (optimizer) starts at lambda = 0.0, outside the parameter's domain"
                ])
    }

    @Test func methodIsGradientOrNewton() {
        #expect(
            headlines("  - kind: optimizer\n    family: poisson\n    data: [1, 2]\n    method: bfgs\n")
                == ["bad.yaml:8:13: error: field 'method' in page 1 (optimizer) must be gradient or newton, not 'bfgs'"]
        )
    }
}
