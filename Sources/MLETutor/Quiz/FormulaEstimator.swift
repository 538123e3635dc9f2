import MLECore

/// The closed-form maximum likelihood estimators a formula question may use as its key, each
/// computed by MLECore from the sample's summary.
enum FormulaEstimator: String, Sendable, CaseIterable {
    case bernoulliP = "bernoulli-p"
    case normalMean = "normal-mean"
    case normalVariance = "normal-variance"
    case normalStandardDeviation = "normal-sd"
    case exponentialRate = "exponential-rate"
    case poissonRate = "poisson-rate"

    /// The family whose data the estimator expects.
    var family: Family {
        switch self {
        case .bernoulliP: return .bernoulli
        case .normalMean, .normalVariance, .normalStandardDeviation: return .normal
        case .exponentialRate: return .exponential
        case .poissonRate: return .poisson
        }
    }

    /// The estimator as a formula, to show as the right answer.
    var formula: String {
        switch self {
        case .bernoulliP, .normalMean, .poissonRate: return "mean(x)"
        case .normalVariance: return "mean((x - mean(x))^2)"
        case .normalStandardDeviation: return "sqrt(mean((x - mean(x))^2))"
        case .exponentialRate: return "n/sum(x)"
        }
    }

    /// The estimate on `sample` by MLECore; NaN when the sample is not of the family.
    func value(on sample: [Double]) -> Double {
        guard let summary = try? SampleSummary(family: family, values: sample) else { return .nan }
        switch self {
        case .bernoulliP: return ClosedForm.successProbability(summary)
        case .normalMean: return ClosedForm.normalMean(summary)
        case .normalVariance:
            let sd = ClosedForm.normalStandardDeviation(summary)
            return sd * sd
        case .normalStandardDeviation: return ClosedForm.normalStandardDeviation(summary)
        case .exponentialRate: return ClosedForm.exponentialRate(summary)
        case .poissonRate: return ClosedForm.poissonRate(summary)
        }
    }
}
