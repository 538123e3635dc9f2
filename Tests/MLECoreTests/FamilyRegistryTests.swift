import Testing

@testable import MLECore

/// What every registered family's description promises, checked family by family, so a new
/// family is held to the same rules by being registered.
@Suite struct FamilyRegistryTests {
    static var families: [Family] {
        FamilyRegistry.all.map { Family($0, trials: $0.takesTrials ? 8 : nil) }
    }

    /// A moderate sample from the family at its method-of-moments-friendly test point.
    static func sample(_ family: Family, n: Int = 4000) -> [Double] {
        let theta = family.parameters.map { parameter -> Double in
            switch parameter.domain {
            case .realLine: return 0.7
            case .positive: return 1.6
            case .openUnitInterval: return 0.35
            }
        }
        var generator = SeededGenerator(seed: 21)
        return family.model.distribution(theta, trials: family.trials).samples(n, using: &generator)
    }

    @Test func namesAndParametersAreUnique() {
        #expect(Set(FamilyRegistry.names).count == FamilyRegistry.all.count)
        for model in FamilyRegistry.all {
            #expect(Set(model.parameterNames).count == model.parameters.count, "\(model.name)")
            #expect(model.parameters.allSatisfy { !$0.symbol.isEmpty && !$0.meaning.isEmpty }, "\(model.name)")
            #expect(Family(named: model.name, trials: model.takesTrials ? 3 : nil)?.name == model.name)
        }
        #expect(Family(named: "weibul") == nil)
        #expect(Family(named: "binomial") == nil)
    }

    @Test(arguments: families) func theFitIsAMaximumWithZeroScore(_ family: Family) throws {
        let summary = try SampleSummary(family: family, values: Self.sample(family))
        let fit = try MaximumLikelihood.fit(summary)
        let problem = summary.likelihood()
        let theta = fit.estimates.map(\.value)
        let thetaHat = theta.count == 1 ? Theta(theta[0]) : Theta(theta[0], theta[1])
        let score = problem.score(thetaHat)
        let scale = Double(summary.count) * (1 + thetaHat.largestMagnitude)
        // A three-parameter family (Student-t) gives the two-dimensional likelihood of its first two
        // parameters at the third's estimate, so only those two scores are checked here; its third
        // (ν) is checked with the exact 3 × 3 score in StudentTFamilyTests.
        for index in 0..<problem.dimension where family.parameterNames[index] != family.model.supportBound {
            #expect(abs(score[index]) < 1e-8 * scale, "\(family): score \(score)")
        }
        if family.model.supportBound == nil { #expect(problem.hessian(thetaHat).isNegativeDefinite) }
        #expect(fit.converged)
    }

    @Test(arguments: families) func theScoreIsTheSlopeOfTheLikelihood(_ family: Family) throws {
        let summary = try SampleSummary(family: family, values: Self.sample(family, n: 200))
        let problem = summary.likelihood()
        var start = try #require(family.model.methodOfMoments(summary))
        // A bound on the support (Pareto's xm = min x) is checked from inside, where ℓ is smooth.
        if let bound = family.parameterNames.firstIndex(where: { $0 == family.model.supportBound }) {
            start[bound] *= 0.9
        }
        // As above: for a three-parameter family, the first two parameters at the third's estimate.
        if start.count > problem.dimension { start = Array(start.prefix(problem.dimension)) }
        for index in start.indices {
            var up = start
            var down = start
            let h = 1e-5 * max(1, abs(start[index]))
            up[index] += h
            down[index] -= h
            func theta(_ v: [Double]) -> Theta { v.count == 1 ? Theta(v[0]) : Theta(v[0], v[1]) }
            let slope = (problem.logLikelihood(theta(up)) - problem.logLikelihood(theta(down))) / (2 * h)
            let score = problem.score(theta(start))[index]
            #expect(abs(slope - score) <= 1e-5 * max(1, abs(score), Double(summary.count)), "\(family) \(index)")
        }
    }

    /// The optimizers read ℓ, the score and the Hessian through `terms`; a family that computes
    /// them in one pass must give exactly what the three requirements give apart, at the fit, at
    /// the start, and with either parameter held.
    @Test(arguments: families) func termsAreTheThreeRequirementsTogether(_ family: Family) throws {
        let summary = try SampleSummary(family: family, values: Self.sample(family, n: 300))
        let problem = summary.likelihood()
        let start = try #require(family.model.methodOfMoments(summary)).prefix(problem.dimension)
        let fitted = try MaximumLikelihood.fit(summary).estimates.map(\.value).prefix(problem.dimension)
        func check(_ problem: some LikelihoodProblem, at values: [Double]) {
            let theta = values.count == 1 ? Theta(values[0]) : Theta(values[0], values[1])
            guard problem.isInDomain(theta) else { return }
            let terms = problem.terms(theta)
            #expect(terms.logLikelihood.bitPattern == problem.logLikelihood(theta).bitPattern, "\(family) \(values)")
            #expect(terms.score == problem.score(theta), "\(family) \(values)")
            #expect(terms.hessian == problem.hessian(theta), "\(family) \(values)")
        }
        for values in [Array(start), Array(fitted)] {
            check(problem, at: values)
            if problem.dimension == 2 {
                check(problem.fixing(problem.parameterNames[0], to: values[0]), at: [values[1]])
                check(problem.fixing(problem.parameterNames[1], to: values[1]), at: [values[0]])
            }
        }
    }

    @Test(arguments: families) func fisherInformationIsTheObservedInformationPerObservation(_ family: Family) throws {
        let values = Self.sample(family, n: 100_000)
        let summary = try SampleSummary(family: family, values: values)
        let fit = try MaximumLikelihood.fit(summary)
        let theta = fit.estimates.map(\.value)
        let thetaHat = theta.count == 1 ? Theta(theta[0]) : Theta(theta[0], theta[1])
        let observed = summary.likelihood().observedInformation(thetaHat)
        let expected = family.model.fisherInformation(theta)
        // Binomial's description gives the information per trial.
        let perObservation = Double(summary.count) * Double(family.trials ?? 1)
        let regular = (0..<observed.dimension).filter { family.parameterNames[$0] != family.model.supportBound }
        for i in regular {
            for j in regular {
                let e = expected[i, j] * perObservation
                #expect(
                    abs(observed[i, j] - e) <= 0.03 * max(abs(e), abs(expected[i, i]) * perObservation), "\(family)")
            }
        }
    }

    @Test func domainsSayWhatIsWrong() {
        #expect(ParameterDomain.realLine.violation(.nan) == "a finite number")
        #expect(ParameterDomain.positive.violation(-.infinity) == "a finite number greater than 0")
        #expect(ParameterDomain.positive.violation(0) == "greater than 0")
        #expect(ParameterDomain.openUnitInterval.violation(1) == "between 0 and 1")
        #expect(ParameterDomain.openUnitInterval.violation(0.5) == nil)
        #expect(FamilyRegistry.symbol(of: "sigma") == "σ" && FamilyRegistry.symbol(of: "theta") == nil)
    }
}
