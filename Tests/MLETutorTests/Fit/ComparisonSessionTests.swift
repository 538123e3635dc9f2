import Foundation
import MLECore
import Testing

@testable import MLETutor

/// `fit --compare`: one pass, ranked by AIC, weights, families that cannot be fitted and why.
@Suite struct ComparisonSessionTests {
    static func gammaData() -> String {
        var generator = SeededGenerator(seed: 3)
        return Gamma(alpha: 2, beta: 1).samples(400, using: &generator).map { "\($0)" }.joined(separator: "\n")
    }

    func compare(_ text: String, _ list: String?) throws -> FamilyComparison {
        let families = try list.map { try ComparisonSession.families($0, trials: nil) }
        return try ComparisonSession.compare(MemorySource(text), families: families, format: DataFormat())
    }

    @Test func rankedByAICWithDeltasAndWeightsThatMatchSingleFits() throws {
        let text = Self.gammaData()
        let comparison = try compare(text, "normal,lognormal,gamma,weibull")
        let names = comparison.entries.map(\.family.name)
        #expect(Set(names) == ["normal", "lognormal", "gamma", "weibull"])
        let fits = try comparison.entries.map { try $0.outcome.get() }
        #expect(zip(fits, fits.dropFirst()).allSatisfy { $0.aic <= $1.aic })
        #expect(comparison.entries[0].deltaAIC == 0)
        let weights = comparison.entries.compactMap(\.aicWeight)
        #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
        for (entry, fit) in zip(comparison.entries, fits) {
            let single = try MaximumLikelihood.fit(
                SampleSummary(family: entry.family, values: text.split(separator: "\n").compactMap { Double($0) }))
            #expect(single.logLikelihood == fit.logLikelihood)
            let delta = fit.aic - fits[0].aic
            #expect(abs((entry.deltaAIC ?? .nan) - delta) <= 1e-12 * abs(fit.aic))
            #expect(
                abs(
                    (entry.aicWeight ?? .nan) - exp(-delta / 2)
                        / fits.map { exp(-($0.aic - fits[0].aic) / 2) }.reduce(0, +)) < 1e-15)
        }
    }

    @Test func familiesOutsideTheirSupportAreListedWithTheLine() throws {
        let comparison = try compare("0.5\n-1\n2.5\n", "normal,gamma,poisson")
        #expect(comparison.entries.map(\.family.name) == ["normal", "gamma", "poisson"])
        guard case .failure(let gamma) = comparison.entries[1].outcome,
            case .failure(let poisson) = comparison.entries[2].outcome
        else {
            Issue.record("gamma and poisson were fitted to negative or fractional data")
            return
        }
        #expect(gamma.description == "line 2: -1 is outside the support of the gamma distribution (x > 0)")
        #expect(poisson.description == "line 1: poisson data must be whole numbers, found 0.5")
    }

    @Test func theDefaultSetFollowsTheData() throws {
        #expect(
            try compare("1\n0\n3\n2\n7\n", nil).entries.map(\.family.name).sorted() == [
                "geometric", "negative-binomial", "poisson",
            ])
        #expect(
            try compare("1.5\n0.2\n3\n", nil).entries.map(\.family.name).sorted() == [
                "exponential", "gamma", "lognormal", "weibull",
            ])
        #expect(
            try compare("-1.5\n0.2\n3\n", nil).entries.map(\.family.name).sorted() == [
                "cauchy", "laplace", "normal", "student-t",
            ])
        #expect(
            try compare("0.15\n0.62\n0.4\n0.33\n", nil).entries.map(\.family.name).sorted() == [
                "beta", "exponential", "gamma", "lognormal", "weibull",
            ])
    }

    @Test func jsonIsAnArrayOfFitObjectsWithDeltaAndWeightOrAnError() throws {
        let outcome = ComparisonSession(
            families: try ComparisonSession.families("gamma,beta", trials: nil), format: DataFormat(), json: true
        ).run(MemorySource(Self.gammaData()), name: "data")
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(parsed.count == 2)
        #expect(parsed[0]["distribution"] as? String == "gamma" && parsed[0]["deltaAIC"] as? Double == 0)
        #expect(parsed[0]["aicWeight"] as? Double == 1 && parsed[0]["parameters"] != nil)
        #expect(
            parsed[1]["distribution"] as? String == "beta"
                && (parsed[1]["error"] as? String)?.contains("0 < x < 1") == true)
        #expect(parsed[1]["parameters"] == nil)
    }

    @Test func countsAndDensitiesAreRankedApartEachWithItsOwnWeights() throws {
        let text = "1\n2\n3\n1\n2\n5\n8\n1\n"
        let comparison = try compare(text, "poisson,gamma,geometric,normal")
        #expect(comparison.ranksTwoGroups)
        #expect(comparison.entries.map(\.group) == [.discrete, .discrete, .continuous, .continuous])
        for group in [FamilyComparison.Group.discrete, .continuous] {
            let members = comparison.entries.filter { $0.group == group }
            let fits = try members.map { try $0.outcome.get() }
            #expect(zip(fits, fits.dropFirst()).allSatisfy { $0.aic <= $1.aic })
            #expect(members.first?.deltaAIC == 0)
            #expect(abs(members.compactMap(\.aicWeight).reduce(0, +) - 1) < 1e-12)
        }
        let table = ComparisonSession(
            families: try ComparisonSession.families("poisson,gamma,geometric", trials: nil), format: DataFormat(),
            json: false
        ).run(MemorySource(text), name: "pc.txt").standardOutput
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0] == "3 families compared on pc.txt (n = 8), ranked by AIC within each kind")
        let counts = try #require(lines.firstIndex(of: "counts (probability mass functions):"))
        let densities = try #require(lines.firstIndex(of: "continuous (densities):"))
        #expect(lines[counts + 2].hasPrefix("1    poisson") && lines[counts + 3].hasPrefix("2    geometric"))
        #expect(lines[densities + 2].hasPrefix("1    gamma ") && lines[densities + 2].contains(" 1.000 "))
        #expect(
            lines.last
                == "Counts and densities are ranked apart: a density's log-likelihood changes with the unit of x and a probability's does not, so their AICs are not comparable."
        )
        let json = ComparisonSession(
            families: try ComparisonSession.families("poisson,gamma,geometric", trials: nil), format: DataFormat(),
            json: true
        ).run(MemorySource(text), name: "pc.txt").standardOutput
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.map { $0["distribution"] as? String } == ["poisson", "geometric", "gamma"])
        #expect(parsed.map { $0["support"] as? String } == ["discrete", "discrete", "continuous"])
        #expect(parsed[0]["deltaAIC"] as? Double == 0 && parsed[2]["deltaAIC"] as? Double == 0)
        #expect(parsed[2]["aicWeight"] as? Double == 1)
    }

    @Test func theAutomaticSetsNeverMixCountsAndDensities() {
        for (minimum, allWhole) in [(0.0, true), (1.0, true), (0.5, false), (-1.0, false), (-1.0, true)] {
            let groups = Set(
                FamilyComparison.defaultFamilies(minimum: minimum, allWhole: allWhole).map(FamilyComparison.Group.init))
            #expect(groups.count == 1, "minimum \(minimum), whole \(allWhole): \(groups)")
        }
    }

    @Test func theCommandLineTakesAListOrAuto() throws {
        let command = try FitCommand.parse(["--compare", "normal,gamma", "data.txt", "--json"])
        #expect(command.compare == "normal,gamma" && command.model.distribution == "data.txt")
        #expect(throws: (any Error).self) { try FitCommand.parse(["--compare", "normal,gama", "data.txt"]) }
        #expect(throws: (any Error).self) { try FitCommand.parse(["--compare", "auto", "data.txt", "--mu", "1"]) }
    }
}
