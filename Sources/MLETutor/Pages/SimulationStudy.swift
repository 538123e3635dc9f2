/// The property of the MLE a simulation page demonstrates, as written in a lesson's `study:` field.
public enum SimulationStudy: String, CaseIterable, Sendable {
    /// θ̂ against n on a log axis, closing in on the truth.
    case consistency
    /// A histogram of θ̂ over many samples with the normal curve of variance 1/(n·I(θ)).
    case normality
    /// The MLE against the method of moments for the Gamma shape, beside the Cramér–Rao bound.
    case efficiency
    /// The MLE of σ is the square root of the MLE of σ².
    case invariance

    var defaultSampleSize: Int {
        switch self {
        case .consistency: return 100_000
        case .normality: return 50
        case .efficiency: return 100
        case .invariance: return 20
        }
    }

    var defaultReplications: Int {
        switch self {
        case .consistency: return 1
        case .normality, .efficiency: return 2000
        case .invariance: return 500
        }
    }

    /// Whether the arrow keys change n: where the picture depends on it (the bell sharpening and
    /// losing its skew, the method of moments staying behind the bound).
    var hasSampleSizeChoice: Bool { self == .normality || self == .efficiency }

    /// Replications (or, for consistency, draws) per tick: a few milliseconds of work.
    var chunk: Int {
        switch self {
        case .consistency: return 5000
        case .normality: return 250
        case .efficiency: return 150
        case .invariance: return 100
        }
    }
}
