/// Every family `fit`, `explore` and lesson pages know, in the order help lists them. Adding a
/// family is one line here and one file with its `FamilyDescription`.
public enum FamilyRegistry {
    /// The registered families.
    public static let all: [any FamilyDescription] = [
        NormalFamily(),
        BernoulliFamily(),
        BinomialFamily(),
        ExponentialFamily(),
        PoissonFamily(),
        GammaFamily(),
        LognormalFamily(),
        WeibullFamily(),
        NegativeBinomialFamily(),
        GeometricFamily(),
        LaplaceFamily(),
        CauchyFamily(),
        StudentTFamily(),
        BetaFamily(),
        ParetoFamily(),
    ]

    /// The family called `name`, if one is registered.
    public static func description(named name: String) -> (any FamilyDescription)? {
        all.first { $0.name == name }
    }

    /// The registered names, in order.
    public static var names: [String] { all.map(\.name) }

    /// The symbol of the parameter called `name` in the first family that has one (μ for `mu`),
    /// or nil for a name no family uses.
    public static func symbol(of name: String) -> String? {
        for family in all { if let parameter = family.parameter(name) { return parameter.symbol } }
        return nil
    }

    /// Every parameter name any family uses, each once, in registration order.
    public static var parameterNames: [String] {
        var seen: [String] = []
        for family in all { for name in family.parameterNames where !seen.contains(name) { seen.append(name) } }
        return seen
    }
}
