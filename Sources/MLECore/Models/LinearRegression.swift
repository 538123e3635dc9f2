import RealModule

/// Simple linear regression with Gaussian noise: y = w·x + b + ε, ε ~ N(0, σ²).
///
/// Its negative log-likelihood is (n/2) log(2πσ²) + n·MSE/(2σ²): for any σ, minimising it over
/// (w, b) is minimising the mean squared error, and the best σ is σ̂² = MSE.
public struct LinearRegression: Sendable, Hashable {
    /// w, the slope.
    public var slope: Double
    /// b, the intercept.
    public var intercept: Double

    /// A line y = slope·x + intercept.
    public init(slope: Double, intercept: Double) {
        self.slope = slope
        self.intercept = intercept
    }

    /// The least-squares (and maximum likelihood) line: w = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², b = ȳ − w x̄.
    ///
    /// - Precondition: as many x as y, at least two, not all x equal.
    /// - Complexity: O(n).
    public init(leastSquares x: [Double], _ y: [Double]) {
        precondition(x.count == y.count && x.count >= 2, "need at least two (x, y) pairs")
        let n = Double(x.count)
        let xBar = x.reduce(0, +) / n
        let yBar = y.reduce(0, +) / n
        var sxy = CompensatedSum()
        var sxx = CompensatedSum()
        for (xi, yi) in zip(x, y) {
            sxy.add((xi - xBar) * (yi - yBar))
            sxx.add((xi - xBar) * (xi - xBar))
        }
        precondition(sxx.value > 0, "all x are equal: the slope is undefined")
        slope = sxy.value / sxx.value
        intercept = yBar - slope * xBar
    }

    /// ŷ = w·x + b.
    public func predict(_ x: Double) -> Double { slope * x + intercept }

    /// MSE = (1/n) Σ (yᵢ − ŷᵢ)².
    ///
    /// - Complexity: O(n).
    public func meanSquaredError(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count && !x.isEmpty, "need as many x as y, at least one")
        var total = CompensatedSum()
        for (xi, yi) in zip(x, y) {
            let r = yi - predict(xi)
            total.add(r * r)
        }
        return total.value / Double(x.count)
    }

    /// −ℓ = −Σ log N(yᵢ; ŷᵢ, σ²), summed term by term from the Normal density.
    ///
    /// - Precondition: `noiseSD > 0`.
    /// - Complexity: O(n).
    public func negativeLogLikelihood(_ x: [Double], _ y: [Double], noiseSD: Double) -> Double {
        precondition(x.count == y.count, "need as many x as y")
        let noise = Normal(mu: 0, sigma: noiseSD)
        var total = CompensatedSum()
        for (xi, yi) in zip(x, y) { total.add(-noise.logDensity(yi - predict(xi))) }
        return total.value
    }

    /// σ̂ = √MSE, the maximum likelihood noise level for this line.
    public func noiseEstimate(_ x: [Double], _ y: [Double]) -> Double { meanSquaredError(x, y).squareRoot() }
}
