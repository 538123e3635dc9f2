import Foundation
import MLECore
import Testing

@testable import MLETutor

/// `fit DIST FILE --column 1 --censored 2` on Tests/References/censored.csv, checked against
/// scipy.stats' CensoredData fits (Tests/References/censored.py) to 1e-7 relative.
struct CensoredFitTests {
    static let csv: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("References/censored.csv")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    func run(_ family: Family, _ text: String = csv, json: Bool = false) -> FitSession.Outcome {
        CensoredFitSession(family: family, format: DataFormat(column: 1), flagColumn: 2, json: json).run(
            MemorySource(text), name: "times.csv")
    }

    func fit(_ family: Family) throws -> FitResult {
        var times: [Double] = []
        var events: [Bool] = []
        var reader = NumberReader(MemorySource(Self.csv), format: DataFormat(column: 1))
        try reader.forEachCensoredTime(flagColumn: 2) { time, censored, _ in
            times.append(time)
            events.append(!censored)
        }
        #expect(times.count == 20 && events.filter { !$0 }.count == 6)
        return try CensoredSurvival(times: times, events: events).fit(family)
    }

    func close(_ x: Double?, _ reference: Double, relative: Double = 1e-7) -> Bool {
        guard let x else { return false }
        return abs(x - reference) <= relative * abs(reference)
    }

    @Test func weibullMatchesScipyCensoredData() throws {
        let weibull = try #require(Family(named: "weibull"))
        let result = try fit(weibull)
        #expect(close(result.value(of: "k"), 1.3772917808729024))
        #expect(close(result.value(of: "lambda"), 4.7538028137449935))
        #expect(close(result.logLikelihood, -35.45629741455494))
    }

    @Test func exponentialMatchesScipyCensoredData() throws {
        let result = try fit(.exponential)
        #expect(close(result.value(of: "lambda"), 0.20289855237994484))
        #expect(close(result.logLikelihood, -36.330688449748))
        // Observed information d / λ̂²: the standard error is λ̂ / √d with d = 14 events.
        #expect(close(result.estimates[0].standardError, 0.20289855072463772 / 14.0.squareRoot(), relative: 1e-12))
    }

    @Test func weibullObservedInformationMatchesFiniteDifferencesOfTheLikelihood() throws {
        let weibull = try #require(Family(named: "weibull"))
        let data = try CensoredSurvival(
            times: [0.5, 1.2, 2.0, 3.3, 4.1, 0.8], events: [true, true, false, true, false, true])
        let problem = try #require(CensoredLikelihood(data, family: weibull))
        let (k, s) = (1.3, 2.1)
        let h = 1e-4
        func l(_ a: Double, _ b: Double) -> Double { problem.logLikelihood(Theta(a, b)) }
        let hessian = problem.hessian(Theta(k, s))
        let hkk = (l(k + h, s) - 2 * l(k, s) + l(k - h, s)) / (h * h)
        let hks = (l(k + h, s + h) - l(k + h, s - h) - l(k - h, s + h) + l(k - h, s - h)) / (4 * h * h)
        let hss = (l(k, s + h) - 2 * l(k, s) + l(k, s - h)) / (h * h)
        #expect(close(hessian[0, 0], hkk, relative: 1e-5))
        #expect(close(hessian[0, 1], hks, relative: 1e-5))
        #expect(close(hessian[1, 1], hss, relative: 1e-5))
        let score = problem.score(Theta(k, s))
        #expect(close(score[0], (l(k + h, s) - l(k - h, s)) / (2 * h), relative: 1e-6))
        #expect(close(score[1], (l(k, s + h) - l(k, s - h)) / (2 * h), relative: 1e-6))
    }

    @Test func tableAndJsonSayHowManyTimesWereCensored() throws {
        let weibull = try #require(Family(named: "weibull"))
        let table = run(weibull)
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("censored        6 of 20 (these enter through the survival function)"))
        #expect(table.standardOutput.hasPrefix("weibull fit to times.csv by maximum likelihood (profile-score root)"))
        let json = run(.exponential, json: true).standardOutput
        #expect(json.contains("\"n\": 20, \"censored\": 6, \"parameters\": {\"lambda\": 0.2028985507246377"))
    }

    @Test func badFlagsAndAllCensoredAreReportedWithTheirLine() {
        #expect(
            run(.exponential, "t,c\n1,0\n2,yes\n").standardError
                == "times.csv:3: error: the censoring flag must be 0 (event) or 1 (censored), found 'yes'\n")
        #expect(
            run(.exponential, "t,c\n1,0\n2,0.5\n").standardError
                == "times.csv:3: error: the censoring flag must be 0 (event) or 1 (censored), found '0.5'\n")
        #expect(run(.exponential, "1,0\n2\n").status == 65)
        #expect(
            run(.exponential, "1,0\n0,1\n").standardError
                == "times.csv:2: error: a survival time must be greater than 0, found 0.0\n")
        let allCensored = run(.exponential, "t,c\n1,1\n2,1\n")
        #expect(allCensored.status == 65)
        #expect(
            allCensored.standardError
                == "times.csv: error: every time is censored: the likelihood rises as the hazard falls to 0, so no MLE\n"
        )
    }

    @Test func commandRejectsCensoredWithoutColumnOrWithAnotherFamily() {
        func message(_ arguments: [String]) -> String {
            do {
                _ = try FitCommand.parse(arguments)
                return ""
            } catch {
                return FitCommand.message(for: error)
            }
        }
        #expect(message(["weibull", "t.csv", "--column", "1", "--censored", "2"]) == "")
        #expect(message(["weibull", "t.csv", "--censored", "2"]).contains("--censored needs --column"))
        #expect(
            message(["poisson", "t.csv", "--column", "1", "--censored", "2"])
                .contains("--censored fits the continuous positive families exponential and weibull, not poisson"))
        #expect(
            message(["--compare", "auto", "t.csv", "--column", "1", "--censored", "2"]).contains("not with --compare"))
        #expect(message(["weibull", "t.csv", "--column", "2", "--censored", "2"]).contains("the same column 2"))
    }
}
