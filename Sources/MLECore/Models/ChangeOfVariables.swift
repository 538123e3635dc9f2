import RealModule

/// The density of x = g(z) for an invertible g, from the density of z: the one-step normalizing
/// flow. log p_X(x) = log p_Z(g⁻¹(x)) + log |d g⁻¹(x)/dx|.
public enum ChangeOfVariables {
    /// The parts of log p_X(x) for x = exp(z), z ~ `base`: log p_Z(log x), the log-Jacobian
    /// log(1/x) = −log x, and their sum.
    ///
    /// - Precondition: x > 0 and finite.
    public static func exponentialFlow(_ x: Double, base: Normal) -> (base: Double, logJacobian: Double, total: Double)
    {
        precondition(x > 0 && x.isFinite, "x = exp(z) is positive and finite")
        let z = Double.log(x)
        let baseValue = base.logDensity(z)
        return (baseValue, -z, baseValue - z)
    }
}
