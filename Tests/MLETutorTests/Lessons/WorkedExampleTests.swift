import Foundation
import Testing

@testable import MLETutor

/// Each worked example of the course's first part states a closed form next to a number MLECore
/// computes from the lesson's data (`{{name data=…}}`), and a live page on the same data lets the
/// learner find the peak. These tests load the shipped lessons and check that the three agree:
/// the prose's data are the page's data, the prose's number is the closed form worked out here
/// by plain arithmetic, and the page's fitted maximum (MLECore's) is that closed form.
@Suite struct WorkedExampleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let lessonID: String
        /// The live page (explorer or surface), from 1.
        let page: Int
        /// The computed value in the lesson's prose.
        let template: String
        /// Which parameter of the page's fit the closed form gives.
        let parameter: Int
        let closedForm: @Sendable ([Double]) -> Double

        var testDescription: String { "\(lessonID) page \(page): \(template)" }
    }

    static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }
    static func squares(_ x: [Double]) -> Double { x.reduce(0) { $0 + ($1 - mean(x)) * ($1 - mean(x)) } }

    static let examples: [Example] = [
        Example(lessonID: "likelihood-function", page: 4, template: "sample-mean", parameter: 0) { mean($0) },
        Example(lessonID: "mle-recipe", page: 3, template: "bernoulli-mle", parameter: 0) {
            Double($0.filter { $0 == 1 }.count) / Double($0.count)
        },
        Example(lessonID: "mle-recipe", page: 5, template: "sample-mean", parameter: 0) { mean($0) },
        Example(lessonID: "mle-recipe", page: 5, template: "normal-sd-mle", parameter: 1) {
            (squares($0) / Double($0.count)).squareRoot()
        },
        Example(lessonID: "mle-recipe", page: 7, template: "exponential-mle", parameter: 0) {
            Double($0.count) / $0.reduce(0, +)
        },
        Example(lessonID: "mle-recipe", page: 9, template: "poisson-mle", parameter: 0) { mean($0) },
    ]

    static func lessonText(_ id: String) throws -> String {
        try #require(LessonSource.embedded.first { $0.text.hasPrefix("id: \(id)\n") }).text
    }

    /// The data lists of every `{{name data=…}}` in `text`.
    static func dataLists(of name: String, in text: String) throws -> [[Double]] {
        var lists: [[Double]] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: "{{\(name) data=") {
            let tail = rest[start.upperBound...]
            let end = tail.firstIndex { $0 == " " || $0 == "}" } ?? tail.endIndex
            lists.append(try ComputedValues.list(String(tail[..<end])))
            rest = tail[end...]
        }
        return lists
    }

    @Test(arguments: examples)
    func closedFormInTheProseEqualsTheLivePagesMaximum(_ example: Example) throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let lesson = try #require(course.lessons.first { $0.id == example.lessonID })
        let model = lesson.pages[example.page - 1].model
        let likelihood = try #require(
            (model as? ExplorerPage)?.model ?? (model as? SurfacePage)?.model as? LikelihoodModel,
            "page \(example.page) is not live")
        let data = try #require(likelihood.values)
        let expected = example.closedForm(data)

        let fitted = try #require(likelihood.estimate(example.parameter)).value
        #expect(
            abs(fitted - expected) <= 1e-9 * max(1, abs(expected)), "MLECore's fit \(fitted), closed form \(expected)")

        let lists = try Self.dataLists(of: example.template, in: try Self.lessonText(example.lessonID))
        #expect(lists.contains(data), "no {{\(example.template) data=…}} on the page's data")
        let listed = data.map { String($0) }.joined(separator: ",")
        let shown = try ComputedValues.evaluate("\(example.template) data=\(listed) digits=4"[...])
        #expect(shown == SignificantDigits.format(expected, digits: 4))
    }

    /// The chapter's figures appear where they are computed: x̄ = 4.480 for the ten Normal
    /// measurements, and 1000 × log 0.1 = −2302.6 on the logarithms lesson.
    @Test func theChaptersFiguresAreComputedOnTheirPages() throws {
        let normal = try Self.dataLists(of: "sample-mean", in: try Self.lessonText("likelihood-function"))
        let tenValues = try #require(normal.first { $0.count == 10 })
        let listed = tenValues.map { String($0) }.joined(separator: ",")
        #expect(try ComputedValues.evaluate("sample-mean data=\(listed) digits=4"[...]) == "4.480")
        #expect(try Self.lessonText("why-logs").contains("{{sum-of-logs n=1000 p=0.1 digits=5}}"))
        #expect(try ComputedValues.evaluate("sum-of-logs n=1000 p=0.1 digits=5"[...]) == "-2302.6")
    }

    /// The Normal σ² example divides by n; the unbiased s² the prose sets beside it divides by
    /// n − 1, so s² = σ̂² · n/(n − 1).
    @Test func theVarianceBiasIsTheFactorNOverNMinusOne() throws {
        let lists = try Self.dataLists(of: "unbiased-variance", in: try Self.lessonText("mle-recipe"))
        let data = try #require(lists.first)
        let n = Double(data.count)
        let listed = data.map { String($0) }.joined(separator: ",")
        #expect(
            try ComputedValues.evaluate("unbiased-variance data=\(listed) digits=6"[...])
                == SignificantDigits.format(Self.squares(data) / (n - 1), digits: 6))
        #expect(
            try ComputedValues.evaluate("normal-variance-mle data=\(listed) digits=6"[...])
                == SignificantDigits.format(Self.squares(data) / n, digits: 6))
    }
}
