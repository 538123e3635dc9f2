/// The property of the MLE a simulation page demonstrates, as written in a lesson's `study:` field.
enum SimulationStudy: String, CaseIterable, Sendable {
    /// θ̂ against n on a log axis, closing in on the truth.
    case consistency
    /// A histogram of θ̂ over many samples with the normal curve of variance 1/(n·I(θ)).
    case normality
    /// The MLE against the method of moments for the Gamma shape, beside the Cramér–Rao bound.
    case efficiency
    /// The MLE of σ is the square root of the MLE of σ².
    case invariance
    /// A histogram of the score at the true λ over many samples: mean 0, variance n·I(λ).
    case score
    /// Uniform(0, θ), where the support depends on θ: the MLE max x converges at rate 1/n to a
    /// one-sided, non-normal limit, beside the regular method of moments 2x̄.
    case uniformMaximum = "uniform-maximum"
    /// σ̂² against s² for a Normal variance: the MLE's bias of −σ²/n, and its smaller error.
    case varianceBias = "variance-bias"
    /// The Gamma shape by MLE and by moments when one value is wild: `c` swaps in a huge value or
    /// one near 0, and the two estimators trade places on which moves more.
    case robustness

    var defaultSampleSize: Int {
        switch self {
        case .consistency: return 100_000
        case .normality: return 50
        case .efficiency: return 100
        case .invariance, .score: return 20
        case .uniformMaximum: return 20
        case .varianceBias: return 5
        case .robustness: return 100
        }
    }

    var defaultReplications: Int {
        switch self {
        case .consistency: return 1
        case .normality, .efficiency: return 2000
        case .invariance: return 500
        case .score: return 2000
        case .uniformMaximum: return 2000
        case .varianceBias: return 4000
        case .robustness: return 1000
        }
    }

    /// Whether the arrow keys change n: where the picture depends on it (the bell sharpening and
    /// losing its skew, the method of moments staying behind the bound, the score's variance
    /// growing as n·I(λ)).
    var hasSampleSizeChoice: Bool { self != .consistency && self != .invariance }

    /// Replications (or, for consistency, draws) per tick: a few milliseconds of work.
    var chunk: Int {
        switch self {
        case .consistency: return 5000
        case .normality: return 250
        case .efficiency: return 150
        case .invariance: return 100
        case .score: return 250
        case .uniformMaximum, .varianceBias: return 250
        case .robustness: return 150
        }
    }
}
