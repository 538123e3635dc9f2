import Testing

@testable import MLECore

/// Residual log-densities and the three maximum likelihood lines, against scipy.
@Suite struct RobustRegressionTests {
    /// A straight-ish line with two outliers (points 11 and 14).
    static let x = [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0]
    static let y = [0.62, 1.41, 1.38, 2.35, 2.61, 3.58, 3.52, 4.43, 4.71, 5.38, 12.0, 6.24, 6.81, 0.5, 8.02]

    /// scipy.stats norm, laplace and t(3) logpdf at (r, scale); tolerance 1e-13 relative.
    @Test(arguments: [
        (0.3, 1.2, -1.1325100899986273, -1.1254687373538999, -1.2244489808229357),
        (-2.5, 0.7, -6.939814609674104, -3.907900808049784, -3.9613178321768574),
        (10.0, 2.0, -14.112085713764618, -6.386294361119891, -6.161220473197644),
        (0.0, 0.01, 3.6862316527834182, 3.9120230054281455, 3.604281336364581),
    ])
    func logDensitiesMatchScipy(r: Double, s: Double, gaussian: Double, laplace: Double, studentT: Double) {
        for (model, reference) in [(NoiseModel.gaussian, gaussian), (.laplace, laplace), (.studentT, studentT)] {
            let value = model.logDensity(residual: r, scale: s)
            #expect(abs(value - reference) <= 1e-13 * abs(reference), "\(model) at r = \(r), s = \(s)")
        }
    }

    /// (a, b, s, ℓ) from numpy.polyfit, scipy.optimize.linprog (exact LAD) and scipy.optimize
    /// minimize (Nelder-Mead then BFGS) for the t model. Tolerances: 1e-12 for the closed forms
    /// and the LP, 1e-6 for the iterative t fit (ℓ 1e-9).
    @Test(arguments: [
        (NoiseModel.gaussian, 1.1870833333333333, 0.8714999999999998, 2.36593936007573, -34.201705030643524, 1e-12),
        (.laplace, 0.6199999999999938, 1.0316666666666676, 1.0007222222222227, -25.40803713157804, 1e-12),
        (.studentT, 0.669917134754703, 1.0329691776145271, 0.2414103641575984, -19.763985868696025, 1e-6),
    ])
    func fitsMatchScipy(noise: NoiseModel, a: Double, b: Double, s: Double, ell: Double, tolerance: Double) throws {
        let fit = try RobustRegression(x: Self.x, y: Self.y, noise: noise)
        #expect(abs(fit.intercept - a) <= tolerance)
        #expect(abs(fit.slope - b) <= tolerance)
        #expect(abs(fit.scale - s) <= tolerance)
        #expect(abs(fit.logLikelihood - ell) <= max(tolerance * 1e-3, 1e-12) * abs(ell))
    }

    /// The fitted (a, b, s) maximises ℓ: nudging any of them lowers it.
    @Test(arguments: NoiseModel.allCases)
    func theFitIsALocalMaximum(noise: NoiseModel) throws {
        let fit = try RobustRegression(x: Self.x, y: Self.y, noise: noise)
        for (da, db, ds) in [(1e-4, 0.0, 0.0), (-1e-4, 0, 0), (0, 1e-4, 0), (0, -1e-4, 0), (0, 0, 1e-4), (0, 0, -1e-4)]
        {
            let nudged = RobustRegression.logLikelihood(
                Self.x, Self.y, intercept: fit.intercept + da, slope: fit.slope + db, scale: fit.scale + ds,
                noise: noise)
            #expect(nudged <= fit.logLikelihood)
        }
    }

    @Test func theOutliersPullTheGaussianLineMost() throws {
        let slopes = try NoiseModel.allCases.map { try RobustRegression(x: Self.x, y: Self.y, noise: $0).slope }
        let clean = try RobustRegression(
            x: Self.x.enumerated().filter { ![10, 13].contains($0.offset) }.map(\.element),
            y: Self.y.enumerated().filter { ![10, 13].contains($0.offset) }.map(\.element), noise: .gaussian
        ).slope
        #expect(abs(slopes[0] - clean) > abs(slopes[1] - clean))
        #expect(abs(slopes[0] - clean) > abs(slopes[2] - clean))
    }

    @Test func badInputIsRejectedWithAReason() {
        #expect(throws: RobustRegression.FitError.tooFewPoints(2)) {
            try RobustRegression(x: [1, 2], y: [1, 2], noise: .gaussian)
        }
        #expect(throws: RobustRegression.FitError.notFinite(point: 2)) {
            try RobustRegression(x: [1, .infinity, 3], y: [1, 2, 3], noise: .laplace)
        }
        #expect(throws: RobustRegression.FitError.allXEqual) {
            try RobustRegression(x: [1, 1, 1], y: [1, 2, 3], noise: .studentT)
        }
        #expect(throws: RobustRegression.FitError.perfectFit) {
            try RobustRegression(x: [1, 2, 3], y: [2, 4, 6], noise: .gaussian)
        }
    }
}
