import Testing

@testable import MLECore

/// A likelihood the data cannot pin down, and a Newton step that walks downhill, each named by
/// the optimizers' diagnosis.
@Suite struct IdentifiabilityTests {
    static let readings = [6.1, 5.4, 7.2, 5.9, 6.6]
    static let calibration = [1.3, 0.6, 0.9]

    /// Σ log φ(yᵢ − w − b) (+ Σ log φ(zⱼ − b)) from scipy.stats.norm.logpdf; tolerance 1e-13 relative.
    @Test(arguments: [
        (4.0, 2.0, -10.27150826563738, -5.684692666023363),
        (5.0, 1.0, -8.57150826563738, -5.684692666023363),
        (6.2, 0.0, -9.73150826563738, -5.544692666023362),
        (5.0, 0.93, -8.661108265637381, -5.780942666023364),
    ])
    func logLikelihoodMatchesScipy(weight: Double, bias: Double, withCalibration: Double, without: Double) throws {
        let calibrated = try OffsetSumLikelihood(readings: Self.readings, calibration: Self.calibration)
        let bare = try OffsetSumLikelihood(readings: Self.readings)
        let theta = Theta(weight, bias)
        #expect(abs(calibrated.logLikelihood(theta) - withCalibration) <= 1e-13 * abs(withCalibration))
        #expect(abs(bare.logLikelihood(theta) - without) <= 1e-13 * abs(without))
    }

    /// The score is the gradient of ℓ: central differences agree to 1e-6.
    @Test func scoreIsTheGradientOfTheLogLikelihood() throws {
        let problem = try OffsetSumLikelihood(readings: Self.readings, calibration: Self.calibration)
        let theta = Theta(4.3, 1.7)
        let h = 1e-5
        let dw = (problem.logLikelihood(Theta(4.3 + h, 1.7)) - problem.logLikelihood(Theta(4.3 - h, 1.7))) / (2 * h)
        let db = (problem.logLikelihood(Theta(4.3, 1.7 + h)) - problem.logLikelihood(Theta(4.3, 1.7 - h))) / (2 * h)
        #expect(abs(problem.score(theta)[0] - dw) <= 1e-6)
        #expect(abs(problem.score(theta)[1] - db) <= 1e-6)
    }

    @Test func withoutCalibrationEveryPointOfTheRidgeFitsEqually() throws {
        let problem = try OffsetSumLikelihood(readings: Self.readings)
        let mean = problem.readingMean
        let values = [0.0, 1, 2.5, -3].map { problem.logLikelihood(Theta(mean - $0, $0)) }
        #expect(values.allSatisfy { abs($0 - values[0]) <= 1e-14 * abs(values[0]) })
        #expect(problem.hessian(Theta(0, 0)).isSingular)
        #expect(problem.maximum == nil)
    }

    @Test(arguments: [false, true])
    func bothOptimizersNameTheFlatRidge(newton: Bool) throws {
        let problem = try OffsetSumLikelihood(readings: Self.readings)
        let start = Theta(2, -1)
        let diagnosis: Diagnosis
        let end: Theta
        if newton {
            var optimizer = NewtonRaphson(problem: problem, start: start)
            end = optimizer.run().theta
            diagnosis = optimizer.diagnosis
        } else {
            var optimizer = GradientAscent(problem: problem, start: start, learningRate: 0.05)
            end = optimizer.run().theta
            diagnosis = optimizer.diagnosis
        }
        #expect(diagnosis == .notIdentifiable)
        #expect(diagnosis.description == "not identifiable: the information matrix is singular")
        #expect(abs(end[0] + end[1] - problem.readingMean) <= 1e-8, "the run stops on the ridge")
    }

    @Test func calibrationMakesThePeakUniqueAndNewtonFindsIt() throws {
        let problem = try OffsetSumLikelihood(readings: Self.readings, calibration: Self.calibration)
        #expect(!problem.hessian(Theta(0, 0)).isSingular)
        #expect(problem.hessian(Theta(0, 0)).isNegativeDefinite)
        var newton = NewtonRaphson(problem: problem, start: Theta(2, -1))
        let end = newton.run().theta
        #expect(newton.diagnosis.isConverged)
        let peak = try #require(problem.maximum)
        #expect(abs(end[0] - peak[0]) <= 1e-12 && abs(end[1] - peak[1]) <= 1e-12)
        #expect(abs(peak[1] - 0.9333333333333333) <= 1e-15)
    }

    /// Whether H is singular does not depend on θ's units: measuring θ₁ in units c times smaller
    /// (H → DHD, D = diag(c, 1)) keeps the answer, so a Weibull shape near 1000 beside a scale
    /// near 3 (curvatures 1e11 apart) is not taken for a ridge, and entries near 1e300 do not
    /// overflow the test.
    @Test(arguments: [1e-6, 1e-3, 1.0, 1e4, 1e8, 1e150])
    func singularityDoesNotDependOnTheUnits(scale: Double) {
        func rescaled(_ h: Hessian) -> Hessian { Hessian(h.h11 * scale * scale, h.h12 * scale, h.h22) }
        #expect(rescaled(Hessian(-5, -5, -5)).isSingular, "the ridge of w + b")
        #expect(!rescaled(Hessian(-5, -5, -8)).isSingular, "the calibrated peak")
        #expect(!rescaled(Hessian(-5, 0, 5)).isSingular, "a saddle")
    }

    @Test func aStartAtTheRidgeIsDiagnosedBeforeAnyStep() throws {
        let problem = try OffsetSumLikelihood(readings: Self.readings)
        let optimizer = GradientAscent(problem: problem, start: Theta(problem.readingMean, 0), learningRate: 0.1)
        #expect(optimizer.diagnosis == .notIdentifiable)
    }

    @Test func hostileReadingsAreRejectedWithTheirLine() {
        #expect(throws: DataError.emptySample) { try OffsetSumLikelihood(readings: []) }
        #expect(throws: DataError.notFinite(text: "nan", line: 7)) {
            try OffsetSumLikelihood(readings: Self.readings, calibration: [1, .nan])
        }
        let huge = try? OffsetSumLikelihood(readings: [1e308, 1e308, -1e308])
        #expect(huge?.readingMean.isFinite == true, "the mean of extreme readings does not overflow")
    }

    /// A curved ℓ whose Hessian is singular only at one point is not flagged: an inflection is
    /// not a ridge.
    @Test func anInflectionIsNotAFlatTop() throws {
        let summary = try SampleSummary(family: .normal, values: [1, 2, 3, 4, 5])
        let problem = NormalLikelihood(summary).fixing("mu", to: 3)
        let inflection = (3 * ClosedForm.normalStandardDeviation(summary) * ClosedForm.normalStandardDeviation(summary))
            .squareRoot()
        var newton = NewtonRaphson(problem: problem, start: Theta(inflection * 0.999))
        _ = newton.run()
        #expect(newton.diagnosis.isConverged)
    }

    /// The Normal ℓ(σ) curves up for σ > √3·σ̂; raw Newton from there steps away from the peak.
    @Test func rawNewtonWhereLCurvesUpIsHeadingForAMinimum() throws {
        let summary = try SampleSummary(family: .normal, values: [1, 2, 3, 4, 5])
        let sigmaHat = ClosedForm.normalStandardDeviation(summary)
        let problem = NormalLikelihood(summary).fixing("mu", to: 3)
        var raw = NewtonRaphson(problem: problem, start: Theta(3 * sigmaHat), safeguarded: false)
        let first = raw.step()
        #expect(first.theta[0] > 3 * sigmaHat, "the step moves away from σ̂")
        #expect(first.logLikelihood < raw.problem.logLikelihood(Theta(3 * sigmaHat)))
        #expect(first.adjustment == nil, "raw Newton's step is not replaced")
        #expect(raw.diagnosis == .headingForMinimum)
        #expect(
            raw.diagnosis.description
                == "heading for a minimum: ℓ curves up where Newton stood, so it stepped downhill")
        var guarded = NewtonRaphson(problem: problem, start: Theta(3 * sigmaHat))
        _ = guarded.run()
        #expect(guarded.diagnosis.isConverged)
    }
}
