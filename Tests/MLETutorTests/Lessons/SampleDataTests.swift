import Foundation
import MLECore
import Testing

@testable import MLETutor

/// The chapter's seed-42 samples ship with the course and give the chapter's printed results.
@Suite struct SampleDataTests {
    /// What the chapter's code prints, to its three decimals; rerun by
    /// Tests/References/chapter_example.py (NumPy draws, scipy's L-BFGS-B for the Gamma).
    static let chapterResults: [(file: String, family: Family, parameter: String, printed: String)] = [
        ("normal", .normal, "mu", "4.792"),
        ("normal", .normal, "sigma", "1.807"),
        ("exponential", .exponential, "lambda", "0.532"),
        ("gamma", .gamma, "alpha", "3.002"),
        ("gamma", .gamma, "beta", "0.498"),
    ]

    @Test func mleCoreGetsTheChaptersPrintedResultsFromTheShippedFiles() throws {
        for row in Self.chapterResults {
            let sample = try #require(SampleDataFile.named(row.file))
            let estimate = try #require(try sample.fit(row.family).estimate(row.parameter))
            #expect(NumberText.fixed(estimate.value, decimals: 3) == row.printed, "\(row.file) \(row.parameter)")
        }
    }

    @Test func theShippedFilesHoldTheChaptersSampleSizes() throws {
        let sizes = try SampleDataFile.all.map { ($0.name, try $0.summary(for: .normal).count) }
        #expect(sizes.map(\.0) == ["exponential", "gamma", "normal"])
        #expect(sizes.map(\.1) == [100, 200, 100])
    }

    /// The binary carries exactly the files in lessons/data, so a rebuilt file reaches the lesson.
    @Test func embeddedSamplesEqualTheFilesInTheCheckout() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "lessons/data")
        for sample in SampleDataFile.all {
            let text = try String(contentsOf: folder.appending(path: sample.name + ".csv"), encoding: .utf8)
            #expect(text == sample.text, "lessons/data/\(sample.name).csv")
        }
    }

    @Test func theCodeLessonShowsTheResultsComputedFromTheFiles() throws {
        let course = try #require(Course.load(LessonSource.embedded).course)
        let index = try #require(course.lessonIndex(id: "from-code-to-data"))
        var shown = ""
        for page in course.lessons[index].pages.indices {
            let state = AppState.inLesson(
                index, page: page, course: course, progress: LearnerProgress(),
                options: .standard, width: 80, height: 24)
            shown += AppView.render(state).lines.joined(separator: "\n")
        }
        for row in Self.chapterResults {
            #expect(shown.contains("= \(row.printed)"), "\(row.file) \(row.parameter) = \(row.printed) on screen")
        }
    }

    /// The standard error against the inverse expected information at the MLE, computed with
    /// mpmath (α̂ by findroot, trigamma at 40 digits): 0.285122408077; six digits asked.
    @Test func sampleValuesForProseComeFromTheFit() throws {
        let gamma = try #require(SampleDataFile.named("gamma"))
        let fit = try gamma.fit(.gamma)
        let alpha = try #require(fit.estimate("alpha"))
        #expect(try ComputedValues.evaluate("sample-gamma-alpha-se digits=6") == "0.285122")
        #expect(
            try ComputedValues.evaluate("sample-gamma-aic digits=15") == SignificantDigits.format(fit.aic, digits: 15))
        #expect(
            try ComputedValues.evaluate("sample-gamma-alpha-plain-low digits=15")
                == SignificantDigits.format(alpha.waldInterval.lower, digits: 15))
        let start = MethodOfMoments.gamma(try gamma.summary(for: .gamma))
        #expect(
            try ComputedValues.evaluate("sample-gamma-alpha-start digits=15")
                == SignificantDigits.format(start.alpha, digits: 15))
    }

    /// The Wald interval prose quotes is the one `mletutor fit` prints (on the log scale, mapped
    /// back), beside the plain θ̂ ± 1.96 SE and the likelihood-ratio interval, each against mpmath
    /// (Tests/References/sample_gamma_intervals.py) to 1e-9 relative.
    @Test(arguments: [
        ("sample-gamma-alpha-low", 2.4923368290983), ("sample-gamma-alpha-high", 3.61646128458825),
        ("sample-gamma-alpha-plain-low", 2.44340945514821), ("sample-gamma-alpha-plain-high", 3.56106875718213),
        ("sample-gamma-alpha-lr-low", 2.47908978812678), ("sample-gamma-alpha-lr-high", 3.59796762812983),
    ])
    func sampleIntervalsMatchTheirReferences(name: String, reference: Double) throws {
        let value = try #require(Double(try ComputedValues.evaluate("\(name) digits=15"[...])))
        #expect(abs(value / reference - 1) < 1e-9, "\(name) = \(value)")
    }

    @Test func theQuotedWaldIntervalIsTheOneTheFitTablePrints() throws {
        let fit = try #require(SampleDataFile.named("gamma")).fit(.gamma)
        let table = FitReport.table(fit, source: "gamma.csv")
        let low = try ComputedValues.evaluate("sample-gamma-alpha-low digits=7")
        let high = try ComputedValues.evaluate("sample-gamma-alpha-high digits=7")
        #expect(table.contains("[\(low), \(high)]"), "\(table)")
    }

    /// Counts print as whole numbers; the steps are those of the shared Newton iteration with
    /// `fit`'s stopping rule, started from the moments, and it converges to the fit's α̂.
    @Test func newtonStepsFromTheMomentsAreCountedOnTheFitsIteration() throws {
        let gamma = try #require(SampleDataFile.named("gamma"))
        let summary = try gamma.summary(for: .gamma)
        var newton = NewtonRaphson(
            problem: GammaShapeProfile(GammaLikelihood(summary)),
            start: Theta(MethodOfMoments.gamma(summary).alpha), rule: GammaShapeEstimator.rule)
        let last = newton.run()
        let alpha = try #require(try gamma.fit(.gamma).estimate("alpha")).value
        #expect(abs(last.theta[0] / alpha - 1) < 1e-12)
        #expect(try ComputedValues.evaluate("sample-gamma-newton-steps-from-moments") == "\(last.number)")
        #expect(try ComputedValues.evaluate("sample-gamma-n digits=4") == "200")
        #expect(throws: ComputedValues.ArgumentError.self) {
            try ComputedValues.evaluate("sample-gamma-newton-steps start=-1")
        }
    }

    @Test func dataCommandListsSamplesAndQuotesAnUnknownName() throws {
        #expect(DataCommand.listing.hasPrefix("exponential  Exponential(scale = 2, rate lambda = 0.5), 100 values"))
        let command = try DataCommand.parse(["gamm\u{1B}"])
        #expect {
            try command.run()
        } throws: { error in
            "\(error)" == "no sample named \"gamm\\u{1B}\"; did you mean 'gamma'?"
        }
    }
}
