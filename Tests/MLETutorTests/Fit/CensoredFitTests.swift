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

    @Test func lognormalMatchesScipyCensoredData() throws {
        let lognormal = try #require(Family(named: "lognormal"))
        let result = try fit(lognormal)
        #expect(close(result.value(of: "mu"), 1.212562493584768))
        #expect(close(result.value(of: "sigma"), 0.9511655289943466))
        #expect(close(result.logLikelihood, -35.13251900817554))
        #expect(result.diagnosis.isConverged)
    }

    @Test func gammaMatchesScipyCensoredData() throws {
        let gamma = try #require(Family(named: "gamma"))
        let result = try fit(gamma)
        #expect(close(result.value(of: "alpha"), 1.6613838698687))
        #expect(close(result.value(of: "beta"), 0.37521945794488804))
        #expect(close(result.logLikelihood, -35.34397004900218))
        #expect(result.diagnosis.isConverged)
    }

    /// The score and Hessian (exact for the Weibull and lognormal; for the Gamma, numerical in α
    /// for censored times) against central differences of the log-likelihood, at a point that is
    /// not the maximum, with one censored time far in the tail (log S from about −16 to −80).
    @Test(arguments: [("weibull", 1.3, 2.1), ("lognormal", 0.4, 0.7), ("gamma", 1.7, 0.9)])
    func observedInformationMatchesFiniteDifferencesOfTheLikelihood(name: String, a: Double, b: Double) throws {
        let family = try #require(Family(named: name))
        let data = try CensoredSurvival(
            times: [0.5, 1.2, 2.0, 3.3, 4.1, 0.8, 60], events: [true, true, false, true, false, true, false])
        let problem = try #require(CensoredLikelihood(data, family: family))
        let h = 1e-4
        func l(_ x: Double, _ y: Double) -> Double { problem.logLikelihood(Theta(x, y)) }
        let hessian = problem.hessian(Theta(a, b))
        let haa = (l(a + h, b) - 2 * l(a, b) + l(a - h, b)) / (h * h)
        let hab = (l(a + h, b + h) - l(a + h, b - h) - l(a - h, b + h) + l(a - h, b - h)) / (4 * h * h)
        let hbb = (l(a, b + h) - 2 * l(a, b) + l(a, b - h)) / (h * h)
        #expect(close(hessian[0, 0], haa, relative: 1e-5))
        #expect(close(hessian[0, 1], hab, relative: 1e-5))
        #expect(close(hessian[1, 1], hbb, relative: 1e-5))
        let score = problem.score(Theta(a, b))
        #expect(close(score[0], (l(a + h, b) - l(a - h, b)) / (2 * h), relative: 1e-6))
        #expect(close(score[1], (l(a, b + h) - l(a, b - h)) / (2 * h), relative: 1e-6))
    }

    /// log Φ̄(z) and the hazard φ/Φ̄ against mpmath at 40 digits (censored.py), either side of the
    /// switch from erfc to the Mills-ratio fraction at z = 30 and far past Φ̄'s underflow: 1e-13.
    @Test(arguments: [
        (-3.0, -0.0013508099647481938, 0.004437839042125664), (0.5, -1.1759117615936185, 1.1410777703680646),
        (7.9, -34.20622817098172, 8.022817246208781), (29.9, -451.32291245852866, 29.933370411296167),
        (30.1, -457.32956441638225, 30.133149654578453), (40.0, -804.6084420137538, 40.02496884720726),
        (100.0, -5005.524208694205, 100.00999800099926),
    ])
    func normalTailMatchesMpmath(z: Double, logSurvival: Double, hazard: Double) {
        let tail = CensoredSurvival.normalLogSurvival(z)
        #expect(close(tail.logSurvival, logSurvival, relative: 1e-13))
        #expect(close(tail.hazard, hazard, relative: 1e-13))
    }

    /// log Q(a, x) against mpmath at 40 digits (censored.py), on the series side (x < a + 1) and the
    /// continued-fraction side, and where Q itself underflows (x = 1000): 1e-12, except a = 0.01,
    /// where Q = 1 − P loses digits to cancellation: 1e-11.
    @Test(arguments: [
        (0.3, 0.1, -0.7894661381114431), (0.01, 1.0, -6.111945638793726), (0.5, 1.4, -2.361652667450257),
        (2.5, 3.4, -1.4441585113446271), (2.5, 3.6, -1.578976994359509), (50.0, 49.0, -0.6200907777990249),
        (50.0, 60.0, -2.472108720635338), (3.0, 200.0, -190.08651261288554), (3.0, 1000.0, -986.875636623927),
        (100.0, 50.0, -3.2000653250971464e-10),
    ])
    func logUpperIncompleteGammaMatchesMpmath(a: Double, x: Double, logQ: Double) {
        #expect(close(logRegularizedGammaQ(a, x), logQ, relative: a < 0.1 ? 1e-11 : 1e-12))
    }

    @Test func tableAndJsonSayHowManyTimesWereCensored() throws {
        let weibull = try #require(Family(named: "weibull"))
        let table = run(weibull)
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("censored        6 of 20 (these enter through the survival function)"))
        #expect(table.standardOutput.hasPrefix("weibull fit to times.csv by maximum likelihood (profile-score root)"))
        let gamma = try #require(Family(named: "gamma"))
        let newton = run(gamma).standardOutput
        #expect(newton.hasPrefix("gamma fit to times.csv by maximum likelihood (Newton-Raphson)"))
        #expect(newton.contains("censored        6 of 20 (these enter through the survival function)"))
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
        let message = FitCommandTests().message
        #expect(message(["weibull", "t.csv", "--column", "1", "--censored", "2"]) == "")
        #expect(message(["weibull", "t.csv", "--censored", "2"]).contains("--censored needs --column"))
        #expect(
            message(["poisson", "t.csv", "--column", "1", "--censored", "2"])
                .contains(
                    "--censored fits the continuous positive families exponential, weibull, lognormal and gamma, not poisson"
                ))
        #expect(
            message(["--compare", "auto", "t.csv", "--column", "1", "--censored", "2"]).contains("not with --compare"))
        #expect(message(["weibull", "t.csv", "--column", "2", "--censored", "2"]).contains("the same column 2"))
    }
}
