import RealModule

/// The distribution of the Kolmogorov–Smirnov statistic Dₙ = sup |Fₙ(x) − F(x)| for n values
/// from a continuous F, known exactly: P(Dₙ ≥ d), the p-value of an observed d.
///
/// - In the tail (d ≥ ½, or n·d² > 4) twice Smirnov's one-sided probability, exact for d ≥ ½
///   and within a relative 1e-10 otherwise (the two bounds are almost never both crossed);
///   summed directly, so a small p keeps its digits.
/// - Elsewhere 1 − P(Dₙ < d) by Durbin's matrix, as Marsaglia, Tsang & Wang (2003),
///   "Evaluating Kolmogorov's distribution", compute it: a (2k − 1)-square matrix with k = ⌊n·d⌋ + 1,
///   raised to the n-th power. It is used while k ≤ `largestDurbinOrder`, which covers every d
///   with p above 1e-6 up to n ≈ 2000.
/// - Beyond that (large n, where it is accurate to O(1/√n)), Kolmogorov's limit P(K > d√n).
public enum KolmogorovDistribution {
    /// The largest k = ⌊n·d⌋ + 1 for which Durbin's matrix (of order 2k − 1) is formed.
    public static let largestDurbinOrder = 71
    /// Above this n the one-sided sum (O(n) terms) gives way to the limit distribution.
    static let largestSmirnovSize = 100_000

    /// P(Dₙ ≥ d).
    ///
    /// - Precondition: n ≥ 1.
    /// - Complexity: O(k³ log n) with k = ⌊n·d⌋ + 1 ≤ 71 for the matrix; O(n) for the tail sum.
    public static func survival(_ d: Double, n: Int) -> Double {
        precondition(n >= 1, "Dₙ needs n ≥ 1, got \(n)")
        let size = Double(n)
        guard d.isFinite else { return d.isNaN ? .nan : (d > 0 ? 0 : 1) }
        if d >= 1 { return 0 }
        if d <= 0.5 / size { return 1 }
        if (d >= 0.5 || size * d * d > 4) && n <= largestSmirnovSize {
            return min(1, 2 * smirnovSurvival(d, n: n))
        }
        if Int(size * d) + 1 <= largestDurbinOrder {
            return min(1, max(0, 1 - durbinDistribution(d, n: n)))
        }
        return GoodnessOfFit.kolmogorovSurvival(d * size.squareRoot())
    }

    /// Smirnov's one-sided P(Dₙ⁺ ≥ d) = d Σⱼ C(n, j) (1 − d − j/n)ⁿ⁻ʲ (d + j/n)ʲ⁻¹ for
    /// j = 0 … ⌊n(1 − d)⌋, each term formed from logarithms (Birnbaum & Tingey 1951).
    static func smirnovSurvival(_ d: Double, n: Int) -> Double {
        let size = Double(n)
        let last = Int((size * (1 - d)).rounded(.down))
        let logFactorialN = Double.logGamma(size + 1)
        var sum = CompensatedSum()
        for j in 0...max(0, last) {
            let k = Double(j)
            let below = 1 - d - k / size
            guard below > 0 else { continue }
            let logChoose = logFactorialN - .logGamma(k + 1) - .logGamma(size - k + 1)
            sum.add(.exp(logChoose + (size - k) * .log(below) + (k - 1) * .log(d + k / size)))
        }
        return d * sum.value
    }

    /// P(Dₙ < d) by Durbin's matrix H, (2k − 1)-square with h = k − n·d:
    /// P = n!/nⁿ · (Hⁿ)ₖₖ, with powers of ten taken out as the product grows (Marsaglia, Tsang &
    /// Wang 2003, their C function `K`).
    static func durbinDistribution(_ d: Double, n: Int) -> Double {
        let size = Double(n)
        let k = Int(size * d) + 1
        let m = 2 * k - 1
        let h = Double(k) - size * d
        var matrix = SquareMatrix(order: m)
        for i in 0..<m {
            for j in 0..<m where i - j + 1 >= 0 { matrix[i, j] = 1 }
        }
        for i in 0..<m {
            matrix[i, 0] -= Double.pow(h, Double(i + 1))
            matrix[m - 1, i] -= Double.pow(h, Double(m - i))
        }
        if 2 * h - 1 > 0 { matrix[m - 1, 0] += Double.pow(2 * h - 1, Double(m)) }
        for i in 0..<m {
            for j in 0..<m where i - j + 1 > 0 {
                for g in 1...(i - j + 1) { matrix[i, j] /= Double(g) }
            }
        }
        var (power, exponent) = matrix.power(n)
        var s = power[k - 1, k - 1]
        for i in 1...n {
            s = s * Double(i) / size
            if s < 1e-140 {
                s *= 1e140
                exponent -= 140
            }
        }
        return s * Double.pow(10, Double(exponent))
    }
}

/// A dense square matrix of doubles, row-major, for Durbin's matrix power.
struct SquareMatrix {
    let order: Int
    private var entries: [Double]

    init(order: Int) {
        self.order = order
        entries = Array(repeating: 0, count: order * order)
    }

    subscript(row: Int, column: Int) -> Double {
        get { entries[row * order + column] }
        set { entries[row * order + column] = newValue }
    }

    /// self × other.
    func times(_ other: SquareMatrix) -> SquareMatrix {
        var product = SquareMatrix(order: order)
        let m = order
        entries.withUnsafeBufferPointer { a in
            other.entries.withUnsafeBufferPointer { b in
                product.entries.withUnsafeMutableBufferPointer { c in
                    for i in 0..<m {
                        for l in 0..<m {
                            let x = a[i * m + l]
                            if x == 0 { continue }
                            for j in 0..<m { c[i * m + j] += x * b[l * m + j] }
                        }
                    }
                }
            }
        }
        return product
    }

    /// selfⁿ as (M, e) with selfⁿ = M·10ᵉ: by squaring, dividing by 10¹⁴⁰ whenever the central
    /// entry passes 10¹⁴⁰, so the entries stay finite for any n.
    func power(_ n: Int) -> (SquareMatrix, Int) {
        if n == 1 { return (self, 0) }
        let (half, halfExponent) = power(n / 2)
        var result = half.times(half)
        var exponent = 2 * halfExponent
        if n % 2 == 1 { result = times(result) }
        let centre = order / 2
        if result[centre, centre] > 1e140 {
            for i in result.entries.indices { result.entries[i] *= 1e-140 }
            exponent += 140
        }
        return (result, exponent)
    }
}
