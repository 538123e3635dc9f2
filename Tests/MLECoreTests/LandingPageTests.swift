import Foundation
import MLECore
import Testing

/// The example on MLECore's documentation landing page (Sources/MLECore/MLECore.docc/MLECore.md)
/// is the code this test runs, and its numbers are right.
@Suite struct LandingPageTests {
    static let landingPage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/MLECore/MLECore.docc/MLECore.md")

    @Test func fittingAGammaFromASummary() throws {
        var summary = SampleSummary(family: .gamma)
        for (index, x) in [2.1, 0.7, 3.4, 1.9, 2.8, 1.2, 4.6, 0.9].enumerated() {
            try summary.add(x, line: index + 1)  // a value outside the support throws, naming its line
        }
        let fit = try MaximumLikelihood.fit(summary)
        let alpha = try #require(fit.estimate("alpha"))
        let beta = try #require(fit.estimate("beta"))
        // mpmath, 40 digits: the root of log α − ψ(α) = log x̄ − mean(log x), and β = α / x̄.
        #expect(abs(alpha.value - 2.9649103933344518331) <= 1e-10 * 2.96)
        #expect(abs(beta.value - 1.3476865424247508332) <= 1e-10 * 1.35)
        #expect(fit.converged)
        #expect(alpha.waldInterval.contains(alpha.value) && alpha.standardError > 0)
    }

    @Test func theLandingPageShowsThisTestsCode() throws {
        let page = try String(contentsOf: Self.landingPage, encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let blocks = page.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let example = try #require(blocks.first { $0.contains("MaximumLikelihood.fit(summary)") })
        // The lines that compute; `!` on the page is `try #require` here, and printing is not tested.
        let computing = example.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter {
                !$0.isEmpty && !$0.hasPrefix("import") && !$0.hasPrefix("print(") && !$0.hasPrefix("let alpha")
                    && !$0.hasPrefix("let beta")
            }
        #expect(computing.count >= 5)
        for line in computing {
            #expect(source.contains(line), "the landing page's line is not run by this test: \(line)")
        }
    }
}
