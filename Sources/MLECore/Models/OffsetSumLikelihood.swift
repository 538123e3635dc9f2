/// A scale that adds its own unknown bias b to every weight w it reads: readings
/// yᵢ = w + b + εᵢ, and optionally calibration readings of the empty pan zⱼ = b + εⱼ, with
/// independent εᵢ, εⱼ ~ N(0, 1).
///
/// ℓ(w, b) = −((n + m)/2) log 2π − ½ Σ(yᵢ − w − b)² − ½ Σ(zⱼ − b)².
///
/// Without calibration (m = 0) only the sum w + b reaches the data: ℓ is constant along every
/// line w + b = c, the Hessian −n[[1, 1], [1, 1]] is singular, and no single (w, b) maximises ℓ.
/// Any m > 0 makes the Hessian −[[n, n], [n, n + m]] negative definite (determinant n·m), with
/// the peak at b̂ = z̄, ŵ = ȳ − z̄.
///
/// - Complexity: O(n + m) to build, O(1) for every requirement.
public struct OffsetSumLikelihood: LikelihoodProblem {
    /// n, the number of readings of w + b.
    public let readingCount: Int
    /// ȳ, the mean reading.
    public let readingMean: Double
    /// m, the number of calibration readings of b alone (0 when there are none).
    public let calibrationCount: Int
    /// z̄, the mean calibration reading (0 when there are none).
    public let calibrationMean: Double
    /// Σ(yᵢ − ȳ)² + Σ(zⱼ − z̄)², the part of ℓ no parameter moves.
    private let withinSquares: Double

    /// The likelihood of `readings` and `calibration`.
    ///
    /// - Throws: `DataError.emptySample` when there are no readings; `.notFinite` for a value that
    ///   is NaN or infinite, its line numbered through the readings and then the calibration.
    public init(readings: [Double], calibration: [Double] = []) throws(DataError) {
        guard !readings.isEmpty else { throw .emptySample }
        let all = readings + calibration
        if let bad = all.firstIndex(where: { !$0.isFinite }) { throw .notFinite(text: "\(all[bad])", line: bad + 1) }
        let (readingMean, readingSquares) = Self.meanAndSquares(readings)
        let (calibrationMean, calibrationSquares) = Self.meanAndSquares(calibration)
        readingCount = readings.count
        self.readingMean = readingMean
        calibrationCount = calibration.count
        self.calibrationMean = calibrationMean
        withinSquares = readingSquares + calibrationSquares
    }

    /// Readings and calibration drawn with `seed`: `readings` values of N(w + b, 1), then
    /// `calibrations` values of N(b, 1).
    ///
    /// - Precondition: `weight` and `bias` are finite; the counts are ≥ 1 and ≥ 0.
    public static func draw(weight: Double, bias: Double, readings: Int, calibrations: Int, seed: UInt64)
        -> (readings: [Double], calibration: [Double])
    {
        precondition(weight.isFinite && bias.isFinite, "weight and bias must be finite")
        precondition(readings >= 1 && calibrations >= 0, "need at least one reading")
        var generator = SeededGenerator(seed: seed)
        let y = (0..<readings).map { _ in weight + bias + StandardDraws.normal(using: &generator) }
        let z = (0..<calibrations).map { _ in bias + StandardDraws.normal(using: &generator) }
        return (y, z)
    }

    /// The mean and the sum of squared deviations from it, by two passes (exact enough for any
    /// finite readings); (0, 0) for no values.
    private static func meanAndSquares(_ values: [Double]) -> (Double, Double) {
        guard !values.isEmpty else { return (0, 0) }
        let mean = values.reduce(0) { $0 + $1 / Double(values.count) }
        return (mean, values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) })
    }

    /// `weight` and `bias`.
    public var parameterNames: [String] { ["weight", "bias"] }
    /// 2.
    public var dimension: Int { 2 }
    /// n + m.
    public var sampleSize: Int { readingCount + calibrationCount }

    /// Every finite (w, b).
    public func isInDomain(_ theta: Theta) -> Bool { theta.dimension == 2 && theta.isFinite }

    /// ℓ(w, b), from ȳ, z̄ and the within-sample squares.
    public func logLikelihood(_ theta: Theta) -> Double {
        let n = Double(readingCount)
        let m = Double(calibrationCount)
        let readingGap = readingMean - theta[0] - theta[1]
        let calibrationGap = calibrationMean - theta[1]
        let squares = withinSquares + n * readingGap * readingGap + m * calibrationGap * calibrationGap
        return -0.5 * (n + m) * log2Pi - 0.5 * squares
    }

    /// (n(ȳ − w − b), n(ȳ − w − b) + m(z̄ − b)).
    public func score(_ theta: Theta) -> Theta {
        let readingPart = Double(readingCount) * (readingMean - theta[0] - theta[1])
        return Theta(readingPart, readingPart + Double(calibrationCount) * (calibrationMean - theta[1]))
    }

    /// −[[n, n], [n, n + m]], the same at every (w, b).
    public func hessian(_ theta: Theta) -> Hessian {
        let n = Double(readingCount)
        return Hessian(-n, -n, -(n + Double(calibrationCount)))
    }

    /// (ȳ − z̄, z̄), the one peak, when there is calibration; nil when the ridge has no single top.
    public var maximum: Theta? {
        calibrationCount > 0 ? Theta(readingMean - calibrationMean, calibrationMean) : nil
    }

    /// The highest ℓ reached anywhere: on the ridge w + b = ȳ without calibration, at the peak with it.
    public var highestLogLikelihood: Double {
        logLikelihood(maximum ?? Theta(readingMean, 0))
    }

    private var log2Pi: Double { 1.8378770664093454835606594728112353 }
}
