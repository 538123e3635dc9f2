/// The parameters several families share, described once.
extension ParameterDescription {
    /// μ, a mean.
    static let mean = ParameterDescription(
        name: "mu", symbol: "μ", meaning: "mean", domain: .realLine, role: .location)
    /// σ, a standard deviation.
    static let standardDeviation = ParameterDescription(
        name: "sigma", symbol: "σ", meaning: "standard deviation", domain: .positive, role: .scale)
    /// p, the probability of a success.
    static let successProbability = ParameterDescription(
        name: "p", symbol: "p", meaning: "success probability", domain: .openUnitInterval, role: .probability)
    /// λ, events per unit.
    static let rate = ParameterDescription(
        name: "lambda", symbol: "λ", meaning: "rate", domain: .positive, role: .rate)
}

/// `x` as a whole number when it is one, else as `format` writes it.
func wholeNumber(_ x: Double, format: (Double) -> String) -> String {
    x.rounded() == x && abs(x) < 1e15 ? String(Int64(x)) : format(x)
}
