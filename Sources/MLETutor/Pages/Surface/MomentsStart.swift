import MLECore

/// The method-of-moments point of a two-parameter surface, where a lesson can start the cursor
/// with `start: moments`: the parameters whose mean and variance equal the sample's.
enum MomentsStart {
    /// (μ̃, σ̃) for Normal data, (α̃, β̃) for Gamma data; nil for other families, or when the
    /// sample has no spread and the moments do not define a point.
    static func theta(for model: LikelihoodModel) -> Theta? {
        let summary = model.summary
        guard summary.count > 1, summary.maximumLikelihoodVariance > 0 else { return nil }
        let theta: Theta
        switch summary.family {
        case .normal:
            let fit = MethodOfMoments.normal(summary)
            theta = Theta(fit.mu, fit.sigma)
        case .gamma:
            let fit = MethodOfMoments.gamma(summary)
            theta = Theta(fit.alpha, fit.beta)
        default:
            return nil
        }
        return theta.isFinite && model.problem.isInDomain(theta) ? theta : nil
    }
}
