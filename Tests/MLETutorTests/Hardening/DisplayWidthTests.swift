import MLECore
import Testing

@testable import MLETutor

/// Wide characters take their width everywhere text is laid out (issue 15.7), and text is spelled
/// for the display before it is measured (issue 11.7).
@Suite struct DisplayWidthTests {
    @Test func charactersAreMeasuredInTerminalColumns() {
        #expect(Character("a").displayColumns == 1)
        #expect(Character("θ").displayColumns == 1)
        #expect(Character("θ̂").displayColumns == 1)
        #expect(Character("平").displayColumns == 2)
        #expect(Character("데").displayColumns == 2)
        #expect(Character("🎲").displayColumns == 2)
        #expect(Character("Ａ").displayColumns == 2)
        #expect("平均 x̄".displayColumns == 6)
    }

    @Test func aWideCharacterTakesTwoCellsAndTheLineKeepsItsWidth() {
        var buffer = TextBuffer(width: 6, height: 1)
        #expect(buffer.write("平均🎲x", x: 0, y: 0) == 6)
        #expect(buffer.line(0) == "平均🎲")
        #expect(buffer.line(0).displayColumns == 6)
        var clipped = TextBuffer(width: 5, height: 1)
        clipped.write("ab平均", x: 0, y: 0)
        // 均 would straddle the edge: it is left out rather than half drawn.
        #expect(clipped.line(0) == "ab平 ")
        #expect(clipped.line(0).displayColumns == 5)
    }

    @Test func wrappingNeverOverrunsWithWideCharacters() {
        let runs = [StyledRun("数据 的 平均值 是 最大似然估计 🎲🎲🎲 θ̂ = 0.7 长长长长长长长长长长")]
        for width in 3...20 {
            for line in TextWrapper.wrap(runs, width: width) {
                let columns = line.runs.reduce(0) { $0 + $1.text.displayColumns }
                #expect(columns <= width, "width \(width): \(line.runs.map(\.text).joined())")
            }
        }
    }

    @Test func paddingAndTruncationCountColumns() {
        #expect("平均".padding(to: 6) == "平均  ")
        #expect("平均値データ".truncated(to: 7, ellipsis: "…") == "平均値…")
        #expect("平均値データ".truncated(to: 7, ellipsis: "…").displayColumns <= 7)
    }

    @Test func theASCIIDataStripIsMeasuredAfterItIsSpelled() throws {
        let model = try LikelihoodModel(
            family: .normal, values: [4.1, 5.3, 3.8, 6.0, 4.9, 5.5, 4.4], fixed: ["sigma": 2])
        for width in 40...80 {
            let ascii = DataStrip.text(model, width: width, options: DisplayOptions(unicode: false, color: false))
            #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(ascii.hasSuffix("-> xbar = 4.8571"), "\(ascii)")
            #expect(ascii.displayColumns <= width, "\(width): \(ascii)")
        }
    }
}

/// A plot spells its titles for the display before it lays them out (issue 11.7).
@Suite struct PlotSpellingTests {
    @Test func asciiPlotTitlesAreSpelledBeforeLayout() {
        let plot = Plot(
            x: PlotAxis(title: "θ", range: 0...1), y: PlotAxis(title: "ℓ(θ)", range: -2...0),
            series: [.function(FunctionCurve(label: "ℓ(θ)") { -$0 * $0 })])
        var buffer = TextBuffer(width: 60, height: 16)
        plot.draw(into: &buffer, in: buffer.bounds, options: DisplayOptions(unicode: false, color: false))
        let text = buffer.description
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)")
        #expect(text.contains("l(theta)"))
    }
}

/// A prompt is spelled for the display before it is wrapped, so the ASCII spelling loses no word
/// (issue 11.7: "Find the μ that makes them most probable" lost "most" in ASCII).
@Suite struct PromptSpellingTests {
    @Test func asciiPromptsKeepEveryWord() throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let index = try #require(course.lessons.firstIndex { $0.id == "likelihood-explorer" })
        let page = try #require(course.lessons[index].pages.firstIndex { "\($0)".contains("Twenty measurements") })
        let state = AppState.inLesson(
            index, page: page, course: course, progress: LearnerProgress(),
            options: DisplayOptions(unicode: false, color: false), width: 80, height: 24)
        let words = AppView.render(state).description.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Find the mu that makes them most probable;"), "\(words)")
    }
}
