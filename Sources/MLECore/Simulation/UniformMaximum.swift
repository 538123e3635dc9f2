/// One sample from Uniform(0, θ) and its two estimates of θ: the MLE θ̂ = max x and the method of
/// moments θ̃ = 2x̄.
///
/// The Uniform breaks a regularity condition: its support [0, θ] depends on θ. The likelihood
/// θ⁻ⁿ for θ ≥ max x is not smooth at its peak, the score is not zero there, and the MLE's error
/// shrinks like 1/n rather than 1/√n: n(θ − θ̂)/θ tends to Exponential(1), a one-sided limit that
/// is not normal. θ̃ is regular and normal with variance θ²/(3n).
public enum UniformMaximum {
    /// θ̂ and θ̃ from `sampleSize` draws of Uniform(0, θ).
    ///
    /// - Precondition: θ > 0 and finite, `sampleSize ≥ 1`.
    /// - Complexity: O(n).
    public static func estimates(
        theta: Double, sampleSize: Int, using generator: inout some RandomNumberGenerator
    ) -> (maximumLikelihood: Double, moments: Double) {
        precondition(theta > 0 && theta.isFinite && sampleSize >= 1, "need θ > 0 and at least one draw")
        var largest = 0.0
        var sum = CompensatedSum()
        for _ in 0..<sampleSize {
            let x = theta * StandardDraws.openUnit(using: &generator)
            largest = max(largest, x)
            sum.add(x)
        }
        return (largest, 2 * sum.value / Double(sampleSize))
    }

    /// E[θ̂] = θ·n/(n + 1): the MLE always falls short of θ.
    public static func meanOfMaximum(theta: Double, sampleSize: Int) -> Double {
        theta * Double(sampleSize) / Double(sampleSize + 1)
    }

    /// SD(θ̂) = θ·√(n/((n + 1)²(n + 2))), about θ/n: the 1/n rate.
    public static func standardDeviationOfMaximum(theta: Double, sampleSize: Int) -> Double {
        let n = Double(sampleSize)
        return theta * (n / ((n + 1) * (n + 1) * (n + 2))).squareRoot()
    }
}
