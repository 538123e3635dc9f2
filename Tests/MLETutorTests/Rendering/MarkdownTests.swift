import Testing

@testable import MLETutor

@Suite struct MarkdownTests {
    @Test func inlineBoldAndCodeBecomeStyledRuns() {
        #expect(
            MarkdownInline.parse("a **b** `c` d") == [
                StyledRun("a "), StyledRun("b", style: .strong), StyledRun(" "), StyledRun("c", style: .code),
                StyledRun(" d"),
            ])
    }

    @Test func unclosedMarkersStayLiteral() {
        #expect(MarkdownInline.parse("2 ** 3 and `x") == [StyledRun("2 ** 3 and `x")])
    }

    /// Code keeps its indentation and spacing line for line, is never wrapped or reflowed, and a
    /// fence left open runs to the end of the text.
    @Test func codeBlocksKeepTheirLinesAsWritten() {
        let document = MarkdownDocument(
            parsing: "Before\n```\ndef f(x):\n    return  x * 2   \n\n```\n**after**\n```\nopen")
        #expect(
            document.blocks == [
                .paragraph([StyledRun("Before")]), .code(["def f(x):", "    return  x * 2", ""]),
                .paragraph([StyledRun("after", style: .strong)]), .code(["open"]),
            ])
        let lines = MarkdownLayout.lines(document, width: 8, options: .ascii)
        #expect(lines[2] == StyledLine("  def f(x):", style: .code))
        #expect(lines[3] == StyledLine("      return  x * 2", style: .code))
    }

    @Test func blocksAreRecognised() {
        let document = MarkdownDocument(
            parsing: """
                # Title
                First line
                continues here.

                - one
                  wrapped
                - two
                1. first
                2. second

                | a | b |
                |---|---|
                | 1 | 2 |
                """)
        #expect(
            document.blocks == [
                .heading([StyledRun("Title")]),
                .paragraph([StyledRun("First line continues here.")]),
                .bullets([[StyledRun("one wrapped")], [StyledRun("two")]]),
                .numbered([[StyledRun("first")], [StyledRun("second")]]),
                .table(header: [[StyledRun("a")], [StyledRun("b")]], rows: [[[StyledRun("1")], [StyledRun("2")]]]),
            ])
    }

    @Test func wrappingKeepsWordsWholeAndLinesWithinWidth() {
        let lines = TextWrapper.wrap([StyledRun("the quick brown fox jumps over the lazy dog")], width: 12)
        #expect(lines.map(\.plainText) == ["the quick", "brown fox", "jumps over", "the lazy dog"])
    }

    /// A relation reads as one piece: `n = 100` never ends a line at `n`, and a relation wider
    /// than the line still breaks at its spaces.
    @Test func wrappingKeepsARelationTogether() {
        let lines = TextWrapper.wrap([StyledRun("Gamma(α = 2.0, β = 1), n = 100 samples")], width: 24)
        #expect(lines.map(\.plainText) == ["Gamma(α = 2.0, β = 1),", "n = 100 samples"])
        let wide = TextWrapper.wrap([StyledRun("alpha = beta = gamma")], width: 10)
        #expect(wide.map(\.plainText) == ["alpha =", "beta =", "gamma"])
    }

    @Test func wrappingCutsWordsLongerThanALine() {
        let lines = TextWrapper.wrap([StyledRun("abcdefghij xy")], width: 4)
        #expect(lines.map(\.plainText) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test func wordMadeOfTwoStylesStaysTogether() {
        let lines = TextWrapper.wrap(MarkdownInline.parse("aaaa **bb**cc"), width: 6)
        #expect(lines.map(\.plainText) == ["aaaa", "bbcc"])
        #expect(lines[1].runs == [StyledRun("bb", style: .strong), StyledRun("cc")])
    }

    @Test func bulletsHangTheirContinuationLines() {
        let lines = MarkdownLayout.lines(MarkdownDocument(parsing: "- one two three"), width: 10, options: .standard)
        #expect(lines.map(\.plainText) == ["  • one", "    two", "    three"])
    }

    @Test func asciiLayoutSpellsMathInASCII() {
        let lines = MarkdownLayout.lines(MarkdownDocument(parsing: "θ̂ maximises ℓ(θ) − 1"), width: 40, options: .ascii)
        #expect(lines.map(\.plainText) == ["theta^ maximises l(theta) - 1"])
    }

    @Test func tableColumnsAlignAndShrinkToFit() {
        let document = MarkdownDocument(parsing: "| Symbol | Meaning |\n|---|---|\n| θ | the parameter of the model |")
        let wide = MarkdownLayout.lines(document, width: 80, options: .standard).map { $0.plainText.trimmingSpaces() }
        #expect(
            wide == [
                "Symbol │ Meaning",
                "────────┼────────────────────────────",
                "θ      │ the parameter of the model",
            ])
        let narrow = MarkdownLayout.lines(document, width: 20, options: .standard)
        #expect(narrow.allSatisfy { $0.width <= 20 })
    }
}

/// Layout that loses no words: table cells wrap, formulas in backticks stay whole.
@Suite struct MarkdownNoLostWordsTests {
    @Test func aFormulaInBackticksMovesToTheNextLineWhole() {
        let document = MarkdownDocument(parsing: "The likelihood is `L(p) = p^7 (1 − p)^3` for p in (0, 1).")
        let lines = MarkdownLayout.lines(document, width: 30, options: .standard).map {
            $0.runs.map(\.text).joined()
        }
        #expect(lines.contains { $0.contains("L(p) = p^7 (1 − p)^3") }, "\(lines)")
    }

    @Test func aFormulaWiderThanTheColumnIsStillShownInFull() {
        let document = MarkdownDocument(parsing: "`a + b + c + d + e + f + g`")
        let text = MarkdownLayout.lines(document, width: 10, options: .standard).map {
            $0.runs.map(\.text).joined()
        }.joined()
        #expect(text.filter { $0 != " " } == "a+b+c+d+e+f+g")
    }

    @Test func aFormulaWiderThanTheColumnBreaksBetweenItsTermsNotInsideOne() {
        // In ASCII, xₙ is spelled x_n: the formula outgrows an 80-column line, and it must break
        // at a space, so `f(x_n` reaches the screen whole (it was cut into `f(x` and `_n`).
        let formula = "`L(θ) = ∏ f(xᵢ | θ) = f(x₁ | θ) · f(x₂ | θ) · … · f(xₙ | θ)`"
        let document = MarkdownDocument(parsing: "so the likelihood function is " + formula)
        let lines = MarkdownLayout.lines(document, width: 76, options: .ascii).map { $0.runs.map(\.text).joined() }
        #expect(lines.allSatisfy { $0.count <= 76 }, "\(lines)")
        let words = Set(lines.joined(separator: " ").split(separator: " ").map(String.init))
        for word in ["f(x_1", "f(x_2", "f(x_n", "theta)", "prod"] {
            #expect(words.contains(word), "\(word) in \(lines)")
        }
    }

    @Test func noASCIISpellingEndsInTheClipMarker() {
        #expect(ASCIITransliteration.replacements.values.allSatisfy { !$0.hasSuffix("~") })
        #expect(!Sparkline.asciiLevels.contains("~"))
        #expect(ASCIITransliteration.apply("the moments' α̃") == "the moments' alpha-tilde")
    }

    @Test func tableCellsWrapInsteadOfBeingCut() {
        let document = MarkdownDocument(
            parsing: "| A | B |\n|---|---|\n| short | a long question that needs more than one line here |")
        let lines = MarkdownLayout.lines(document, width: 40, options: .standard).map {
            $0.runs.map(\.text).joined()
        }
        #expect(lines.allSatisfy { !$0.contains("~") })
        let words = Set(lines.joined(separator: " ").split(separator: " ").map(String.init))
        for word in "a long question that needs more than one line here".split(separator: " ") {
            #expect(words.contains(String(word)), "\(word) in \(lines)")
        }
        #expect(lines.allSatisfy { $0.count <= 40 })
    }
}
