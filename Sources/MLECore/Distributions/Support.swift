/// The set of values a family gives positive probability, named as a learner would write it.
public enum Support: Sendable, Hashable, CustomStringConvertible {
    /// −∞ < x < ∞ (Normal).
    case realLine
    /// x > 0 (Gamma).
    case positiveReals
    /// x ≥ 0 (Exponential).
    case nonNegativeReals
    /// 0 < x < 1 (Beta).
    case openUnitInterval
    /// x ∈ {0, 1} (Bernoulli).
    case zeroOrOne
    /// x ∈ {0, 1, …, n} (Binomial with n trials).
    case upTo(Int)
    /// x ∈ {0, 1, 2, …} (Poisson).
    case counts
    /// One of k categories, numbered 0…k−1 (Categorical).
    case categories(Int)

    /// Whether `x` is in the set; NaN and ±∞ never are.
    public func contains(_ x: Double) -> Bool {
        guard x.isFinite else { return false }
        switch self {
        case .realLine: return true
        case .positiveReals: return x > 0
        case .nonNegativeReals: return x >= 0
        case .openUnitInterval: return x > 0 && x < 1
        case .zeroOrOne: return x == 0 || x == 1
        case .upTo(let n): return x >= 0 && x <= Double(n) && x.rounded() == x
        case .counts: return x >= 0 && x.rounded() == x
        case .categories(let k): return x >= 0 && x < Double(k) && x.rounded() == x
        }
    }

    /// Whether the support holds whole numbers only.
    public var isDiscrete: Bool {
        switch self {
        case .realLine, .positiveReals, .nonNegativeReals, .openUnitInterval: return false
        case .zeroOrOne, .upTo, .counts, .categories: return true
        }
    }

    /// The set in the course's notation, e.g. `x > 0` or `{0, 1, …, 10}`.
    public var description: String {
        switch self {
        case .realLine: return "any real number"
        case .positiveReals: return "x > 0"
        case .nonNegativeReals: return "x ≥ 0"
        case .openUnitInterval: return "0 < x < 1"
        case .zeroOrOne: return "{0, 1}"
        case .upTo(let n): return "{0, 1, …, \(n)}"
        case .counts: return "{0, 1, 2, …}"
        case .categories(let k): return "{0, 1, …, \(k - 1)}"
        }
    }
}
