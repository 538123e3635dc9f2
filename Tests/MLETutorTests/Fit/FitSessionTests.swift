import Foundation
import MLECore
import Testing

@testable import MLETutor

struct FitSessionTests {
    func run(_ family: Family, _ text: String, fixed: [String: Double] = [:], column: Int? = nil, json: Bool = false)
        -> FitSession.Outcome
    {
        FitSession(family: family, fixed: fixed, format: DataFormat(column: column), json: json).run(
            MemorySource(text), name: "data.csv")
    }

    @Test func badTokenExitsSixtyFiveWithOneLineOnStandardError() {
        let outcome = run(.normal, "1.5\n2\nabc\n4\n")
        #expect(
            outcome
                == FitSession.Outcome(
                    standardOutput: "", standardError: "data.csv:3: error: 'abc' is not a number\n", status: 65))
    }

    /// A file of another separator, or with decimal commas, gets a hint with the option to use.
    @Test func anotherSeparatorOrADecimalCommaGetsAHint() {
        #expect(
            run(.normal, "a;b\n1.5;2\n").standardError
                == "data.csv:1: error: 'a;b' is not a number\ndata.csv:1: hint: the columns look separated by ';': give --delimiter ';' and --column K\n"
        )
        #expect(
            run(.normal, "1.5;2\n2.5;3\n", column: 2).standardError
                == "data.csv:1: error: no column 2: the row has 1 column\ndata.csv:1: hint: if the columns are separated by ';' or a tab, say so with --delimiter ';' (or --delimiter tab)\n"
        )
        #expect(
            run(.normal, "1,5\n2,5\n").standardError
                == "data.csv:1: error: '1,5' is not a number\ndata.csv:1: hint: a decimal comma is not read as a decimal point: write 1.5, not 1,5\n"
        )
        #expect(!run(.normal, "1.5\nabc\n").standardError.contains("hint"))
    }

    @Test func dataErrorsNameFileAndLine() {
        #expect(
            run(.gamma, "1\n-3\n").standardError
                == "data.csv:2: error: -3 is outside the support of the gamma distribution (x > 0)\n")
        #expect(
            run(.bernoulli, "0\n1\n1\n2\n").standardError
                == "data.csv:4: error: bernoulli data must be 0 or 1, found 2\n")
        #expect(
            run(.poisson, "3\n2.5\n").standardError
                == "data.csv:2: error: poisson data must be whole numbers, found 2.5\n")
        #expect(run(.normal, "1\nnan\n").standardError == "data.csv:2: error: 'nan' is not a finite number\n")
        #expect(run(.normal, "# nothing\n").standardError == "data.csv: error: no data: the sample is empty\n")
        #expect(
            run(.normal, "2\n2\n2\n").standardError
                == "data.csv: error: all 3 values equal 2: sigma-hat would be 0, so the likelihood is unbounded\n")
        #expect(run(.normal, "2\n").status == 65)
    }

    /// The JSON is one object on one line whose numbers parse back to exactly the fit's doubles.
    @Test func jsonCarriesFullPrecision() throws {
        var generator = SeededGenerator(seed: 6)
        let values = Gamma(alpha: 2.5, beta: 1.5).samples(2000, using: &generator)
        let text = values.map { "\($0)" }.joined(separator: "\n")
        let outcome = run(.gamma, text, json: true)
        #expect(outcome.status == 0 && outcome.standardError.isEmpty)
        #expect(outcome.standardOutput.filter { $0 == "\n" }.count == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let result = try MaximumLikelihood.fit(SampleSummary(family: .gamma, values: values))
        #expect(object["distribution"] as? String == "gamma")
        #expect(object["n"] as? Int == 2000)
        #expect(object["converged"] as? Bool == true)
        #expect(object["iterations"] as? Int == result.iterations)
        #expect((object["parameters"] as? [String: Any]).map { Set($0.keys) } == ["alpha", "beta"])
        // Foundation's JSON parser rounds some numbers, so the numbers are checked as text: Swift's
        // shortest representation parses back to the same double.
        let alpha = try #require(result.estimate("alpha"))
        let beta = try #require(result.estimate("beta"))
        let json = outcome.standardOutput
        #expect(json.contains("\"parameters\": {\"alpha\": \(alpha.value), \"beta\": \(beta.value)}"))
        #expect(
            json.contains("\"standardErrors\": {\"alpha\": \(alpha.standardError), \"beta\": \(beta.standardError)}"))
        #expect(
            json.contains("\"logLikelihood\": \(result.logLikelihood), \"aic\": \(result.aic), \"bic\": \(result.bic)"))
        for number in [alpha.value, beta.value, alpha.standardError, result.logLikelihood] {
            #expect(Double("\(number)") == number)
        }
        #expect(
            outcome.standardOutput.hasPrefix("{\"distribution\": \"gamma\", \"n\": 2000, \"parameters\": {\"alpha\": "))
    }

    @Test func tableShowsEstimatesIntervalsAndCriteria() {
        let outcome = run(.bernoulli, "1\n1\n0\n1\n1\n0\n1\n1\n0\n1\n")
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "bernoulli fit to data.csv by maximum likelihood (closed form)")
        #expect(lines[2].hasPrefix("parameter   estimate"))
        #expect(lines[2].hasSuffix("95% likelihood-ratio interval"))
        #expect(
            lines[3] == "p           0.7             0.1449138       [0.3763181, 0.9002317]      [0.393461, 0.9154413]")
        #expect(
            lines.contains { $0.hasPrefix("note: Wald intervals of positive parameters are computed on the log scale") }
        )
        #expect(lines.contains("n               10"))
        #expect(lines.contains("log-likelihood  -6.108643"))
        #expect(lines.contains { $0.hasPrefix("AIC ") } && lines.contains { $0.hasPrefix("BIC ") })
        #expect(!lines.contains { $0.hasPrefix("iterations") })
    }

    /// The 300 values of student_t.csv's first column (a seeded t(1) sample), as a file's text.
    static func studentTText() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("References/student_t.csv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        return rows.compactMap { $0.split(separator: ",", omittingEmptySubsequences: false).first }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    @Test func aStudentTTableShowsThreeIntervalsAndTheThreeByThreeMatrices() throws {
        let family = try #require(Family(named: "student-t"))
        let outcome = run(family, try Self.studentTText())
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines[2...15]) == [
                "parameter   estimate        std. error      95% Wald interval           95% likelihood-ratio interval",
                "mu          1.594933        0.1635768       [1.274328, 1.915537]        [1.271021, 1.915322]",
                "sigma       2.001235        0.1975156       [1.649252, 2.428337]        [1.645979, 2.425176]",
                "nu          0.9554886       0.0960557       [0.78461, 1.163583]         [0.7864721, 1.167131]",
                "",
                "covariance  mu              sigma           nu",
                "mu          0.02675738      -0.001233076    -0.000491474",
                "sigma       -0.001233076    0.03901241      0.01010455",
                "nu          -0.000491474    0.01010455      0.009226698",
                "correlation mu              sigma           nu",
                "mu          1               -0.03816513     -0.0312792",
                "sigma       -0.03816513     1               0.5325893",
                "nu          -0.0312792      0.5325893       1",
                "",
            ])
        #expect(!lines.contains { $0.hasPrefix("warning") })
        let json = run(family, try Self.studentTText(), json: true).standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let correlation = try #require(object["correlation"] as? [String: [String: Double]])
        #expect(correlation["nu"]?["nu"] == 1 && correlation.keys.sorted() == ["mu", "nu", "sigma"])
        let intervals = try #require(object["likelihoodRatioIntervals"] as? [String: [Double]])
        #expect(intervals.keys.sorted() == ["mu", "nu", "sigma"])
    }

    @Test func aProfileIntervalEndingAtTheSearchLimitSaysSo() throws {
        var generator = SeededGenerator(seed: 4)
        let text = Normal(mu: 0, sigma: 1).samples(300, using: &generator).map { "\($0)" }.joined(separator: "\n")
        let lines = run(try #require(Family(named: "student-t")), text).standardOutput.split(separator: "\n")
        #expect(
            lines.contains(
                "note: nu's likelihood-ratio interval ends at 10000, the edge of the range searched (0.2 to 10000): the profile log-likelihood has not fallen by 1.92 there"
            ))
        let nu = try #require(lines.first { $0.hasPrefix("nu ") })
        #expect(nu.hasSuffix(", 10000]"))
    }

    @Test func tiedStudentTDataAreRefused() throws {
        let family = try #require(Family(named: "student-t"))
        let outcome = run(family, "2\n2\n2\n2\n2\n2\n1\n3.5\n4\n7\n")
        #expect(outcome.status == 65 && outcome.standardOutput.isEmpty)
        #expect(
            outcome.standardError
                == "data.csv: error: 6 of the 10 values equal 2: with mu there the Student-t likelihood grows without bound as sigma -> 0 for every nu below 6/4, so there is no maximum likelihood estimate; hold nu at 1.5 or more with --nu, or sigma with --sigma\n"
        )
        #expect(run(family, "2\n2\n2\n2\n2\n2\n1\n3.5\n4\n7\n", fixed: ["nu": 2]).status == 0)
        // Five distinct values: one at μ already outweighs four at ν = 0.2.
        #expect(
            run(family, "1\n2.5\n3\n4.1\n7\n").standardError
                == "data.csv: error: only 5 values: with mu at any one of them the Student-t likelihood grows without bound as sigma -> 0 for every nu below 1/4, so there is no maximum likelihood estimate; hold nu at 0.25 or more with --nu, or sigma with --sigma\n"
        )
        #expect(run(family, "1\n2.5\n3\n4.1\n7\n", fixed: ["nu": 0.3]).status == 0)
    }

    @Test func boundaryEstimateIsWarnedAbout() {
        let outcome = run(.bernoulli, "1\n1\n1\n")
        #expect(outcome.standardOutput.contains("warning: p-hat = 1 is on the boundary of the parameter space"))
        let json = run(.bernoulli, "1\n1\n1\n", json: true).standardOutput
        #expect(json.contains("\"standardErrors\": {\"p\": 0.0}"))
        #expect(json.contains("\"warnings\": [\"p-hat = 1 is on the boundary"))
    }

    @Test func fixedParametersAndCsvColumns() throws {
        let outcome = run(.gamma, "x,y\n1,0.5\n2,1.25\n3,2.5\n", fixed: ["beta": 2], column: 2, json: true)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("\"fixed\": {\"beta\": 2.0}"))
        #expect(outcome.standardOutput.contains("\"likelihoodRatioIntervals\": {\"alpha\": ["))
        let table = run(.gamma, "0.5\n1.25\n2.5\n", fixed: ["beta": 2]).standardOutput
        #expect(table.contains("beta        2 (fixed)"))
        #expect(table.contains("iterations      "))
    }

    @Test func missingFileIsReportedWithTheSystemReason() {
        #expect(throws: InputFailure(name: "no/such/file.txt", reason: "No such file or directory")) {
            _ = try FileSource(path: "no/such/file.txt")
        }
    }

    @Test func readsARealFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fit-\(UInt32.random(in: 0...UInt32.max)).txt"
        ).path
        try "0.5\n1.5\n2.0\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = try FileSource(path: path)
        defer { source.close() }
        let outcome = FitSession(family: .exponential, fixed: [:], format: DataFormat(), json: true).run(
            source, name: source.name)
        #expect(outcome.standardOutput.contains("\"parameters\": {\"lambda\": 0.75}"))
    }
}
