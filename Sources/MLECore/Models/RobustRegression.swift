/// A line y = a + b·x and a residual scale s fitted by maximum likelihood under a chosen noise
/// model, with the log-likelihood they reach.
///
/// - Gaussian: least squares, s² = mean r² (closed form).
/// - Laplace: least absolute deviations, s = mean |r|. Some best line passes through two of the
///   points, so every such line is tried: exact, O(n³).
/// - Student-t: iteratively reweighted least squares, the EM algorithm for the t model, started
///   from the Laplace fit; each pass raises ℓ, and passes stop when ℓ stops rising.
public struct RobustRegression: Sendable, Hashable {
    /// The noise model fitted.
    public let noise: NoiseModel
    /// a, the intercept.
    public let intercept: Double
    /// b, the slope.
    public let slope: Double
    /// s, the residual scale.
    public let scale: Double
    /// ℓ(a, b, s) = Σ log f(yᵢ − a − b·xᵢ; s) at the fit.
    public let logLikelihood: Double

    /// Why a line cannot be fitted.
    public enum FitError: Error, Sendable, Hashable, CustomStringConvertible {
        /// Fewer than three points, or not as many x as y.
        case tooFewPoints(Int)
        /// A coordinate is NaN or infinite, at this 1-based position.
        case notFinite(point: Int)
        /// All x are equal, so no slope fits.
        case allXEqual
        /// Every point lies on the fitted line: the scale's MLE is 0 and ℓ is unbounded.
        case perfectFit

        /// One sentence.
        public var description: String {
            switch self {
            case .tooFewPoints(let n): return "a line with a noise scale needs at least 3 points with x and y, got \(n)"
            case .notFinite(let point): return "point \(point) has a coordinate that is not a finite number"
            case .allXEqual: return "all x are equal, so the slope is undefined"
            case .perfectFit: return "every point lies on the line: the noise scale would be 0 and ℓ unbounded"
            }
        }
    }

    /// The maximum likelihood line and scale under `noise`.
    ///
    /// - Complexity: O(n) Gaussian, O(n³) Laplace, O(n³ + n·passes) Student-t.
    public init(x: [Double], y: [Double], noise: NoiseModel) throws(FitError) {
        guard x.count == y.count, x.count >= 3 else { throw .tooFewPoints(min(x.count, y.count)) }
        if let bad = x.indices.first(where: { !x[$0].isFinite || !y[$0].isFinite }) {
            throw .notFinite(point: bad + 1)
        }
        guard x.contains(where: { $0 != x[0] }) else { throw .allXEqual }
        let line: (Double, Double)
        switch noise {
        case .gaussian:
            let fit = LinearRegression(leastSquares: x, y)
            line = (fit.intercept, fit.slope)
        case .laplace, .studentT:
            line = Self.leastAbsoluteDeviations(x, y)
        }
        let residuals = zip(x, y).map { $0.1 - line.0 - line.1 * $0.0 }
        var scale = Self.scale(residuals, noise: noise)
        guard scale > 0 else { throw .perfectFit }
        var fitted = line
        if noise == .studentT {
            (fitted, scale) = Self.studentT(x, y, start: line, scale: scale)
        }
        self.noise = noise
        intercept = fitted.0
        slope = fitted.1
        self.scale = scale
        logLikelihood = Self.logLikelihood(x, y, intercept: fitted.0, slope: fitted.1, scale: scale, noise: noise)
    }

    /// ℓ(a, b, s) under `noise`.
    public static func logLikelihood(
        _ x: [Double], _ y: [Double], intercept: Double, slope: Double, scale: Double, noise: NoiseModel
    ) -> Double {
        var total = CompensatedSum()
        for (xi, yi) in zip(x, y) { total.add(noise.logDensity(residual: yi - intercept - slope * xi, scale: scale)) }
        return total.value
    }

    /// ŷ = a + b·x.
    public func predict(_ x: Double) -> Double { intercept + slope * x }

    /// The scale's MLE for fixed residuals: √(mean r²) or mean |r|; for the t model, a start.
    private static func scale(_ residuals: [Double], noise: NoiseModel) -> Double {
        let n = Double(residuals.count)
        switch noise {
        case .gaussian: return (residuals.reduce(0) { $0 + $1 * $1 } / n).squareRoot()
        case .laplace, .studentT: return residuals.reduce(0) { $0 + abs($1) } / n
        }
    }

    /// The line through two of the points with the least Σ|r|, ties going to the first found.
    private static func leastAbsoluteDeviations(_ x: [Double], _ y: [Double]) -> (Double, Double) {
        var best = (Double.infinity, 0.0, 0.0)
        for i in x.indices {
            for j in x.indices where j > i && x[j] != x[i] {
                let slope = (y[j] - y[i]) / (x[j] - x[i])
                let intercept = y[i] - slope * x[i]
                var total = CompensatedSum()
                for (xk, yk) in zip(x, y) { total.add(abs(yk - intercept - slope * xk)) }
                if total.value < best.0 { best = (total.value, intercept, slope) }
            }
        }
        return (best.1, best.2)
    }

    /// EM for the t model: weights wᵢ = (ν + 1)/(ν + rᵢ²/s²), a weighted least-squares line, and
    /// s² = Σ wᵢ rᵢ² / n, until ℓ rises by less than 1e-14 of itself (at most 10 000 passes).
    private static func studentT(_ x: [Double], _ y: [Double], start: (Double, Double), scale startScale: Double)
        -> ((Double, Double), Double)
    {
        let nu = NoiseModel.studentDegrees
        var line = start
        var scale = startScale
        var value = logLikelihood(x, y, intercept: line.0, slope: line.1, scale: scale, noise: .studentT)
        for _ in 0..<10_000 {
            let weights = zip(x, y).map { xi, yi -> Double in
                let z = (yi - line.0 - line.1 * xi) / scale
                return (nu + 1) / (nu + z * z)
            }
            let total = weights.reduce(0, +)
            let xBar = zip(weights, x).reduce(0) { $0 + $1.0 * $1.1 } / total
            let yBar = zip(weights, y).reduce(0) { $0 + $1.0 * $1.1 } / total
            var sxy = 0.0
            var sxx = 0.0
            for ((w, xi), yi) in zip(zip(weights, x), y) {
                sxy += w * (xi - xBar) * (yi - yBar)
                sxx += w * (xi - xBar) * (xi - xBar)
            }
            guard sxx > 0 else { break }
            let slope = sxy / sxx
            let next = (yBar - slope * xBar, slope)
            let squares = zip(zip(weights, x), y).reduce(0.0) { sum, item in
                let r = item.1 - next.0 - next.1 * item.0.1
                return sum + item.0.0 * r * r
            }
            let nextScale = (squares / Double(x.count)).squareRoot()
            guard nextScale > 0 else { break }
            let nextValue = logLikelihood(x, y, intercept: next.0, slope: next.1, scale: nextScale, noise: .studentT)
            guard nextValue > value else { break }
            let settled = nextValue - value <= 1e-14 * abs(value)
            (line, scale, value) = (next, nextScale, nextValue)
            if settled { break }
        }
        return (line, scale)
    }
}
