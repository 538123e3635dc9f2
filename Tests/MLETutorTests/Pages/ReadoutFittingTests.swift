import Testing

@testable import MLETutor

/// A readout line wider than the page is broken between its readouts, never through a number:
/// at 80 columns the three-thousand-toss explorer once showed ℓ′(p) = −84 for −840.0.
struct ReadoutFittingTests {
    @Test func aWideReadoutClosesUpThenBreaksBetweenReadouts() {
        let line = "  p = 0.130 (step 0.001)   L(p) = 1.030e-425   ℓ(p) = −978.569   ℓ′(p) = −840.0"
        #expect(line.displayColumns > 78)
        let closed = PageText.fitted([(line, .strong)], width: 78, options: .standard)
        #expect(closed.map(\.0) == ["  p = 0.130 (step 0.001)  L(p) = 1.030e-425  ℓ(p) = −978.569  ℓ′(p) = −840.0"])
        let broken = PageText.fitted([(line, .strong)], width: 50, options: .standard).map(\.0)
        #expect(broken == ["  p = 0.130 (step 0.001)   L(p) = 1.030e-425", "  ℓ(p) = −978.569   ℓ′(p) = −840.0"])
        #expect(broken.allSatisfy { $0.displayColumns <= 50 })
        let short = "  μ = 2   ℓ = −3"
        #expect(PageText.fitted([(short, .plain)], width: 80, options: .standard).map(\.0) == [short])
    }

    /// The fixture's three thousand tosses with a finer step: every readout is on screen whole.
    @Test func theExplorerShowsEveryDigitOfItsReadoutAt80Columns() throws {
        var state = try ExplorerFixture.state(page: 4)
        ExplorerFixture.press(.character("["), 1, &state)
        let page = try #require(ExplorerFixture.page(state, as: ExplorerPage.self))
        let slope = try #require(page.readout.components(separatedBy: "ℓ′(p) = ").last)
        let frame = AppView.render(state).description
        #expect(frame.contains("ℓ′(p) = " + slope), "the frame cuts ℓ′(p) = \(slope)")
    }
}

/// One minus sign in what a learner reads: prose values and readouts write −, in the sign and in
/// the exponent; a computed answer a quiz reads as a number keeps the `-` it can parse.
struct MinusSignTests {
    @Test func computedValuesInProseUseTheRealMinusSign() {
        var problems: [String] = []
        let prose = ComputedValues.expand("ℓ = {{sum-of-logs n=1000 p=0.1 digits=5}}") { problems.append($0) }
        #expect(prose == "ℓ = −2302.6" && problems.isEmpty)
        let field = ComputedValues.expand("{{sum-of-logs n=1000 p=0.1 digits=5}}", prose: false) { problems.append($0) }
        #expect(field == "-2302.6" && Double(field) == -2302.6)
    }

    @Test func readoutsUseItInTheExponentToo() {
        #expect(ReadoutFormat.significant(-3.14159e-18, digits: 4) == "−3.142e−18")
    }
}
