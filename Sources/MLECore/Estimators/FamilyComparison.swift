import RealModule

/// Several families fitted to the same data and ranked by AIC, with ΔAIC and Akaike weights; the
/// families that could not be fitted keep the reason.
public struct FamilyComparison: Sendable {
    /// One family's outcome.
    public struct Entry: Sendable {
        /// The family.
        public let family: Family
        /// The fit, or why there is none.
        public let outcome: Result<FitResult, DataError>
        /// AIC − the smallest AIC (0 for the best); nil without a fit.
        public let deltaAIC: Double?
        /// exp(−Δ/2) / Σ exp(−Δⱼ/2): the weight of evidence for this family among those fitted.
        public let aicWeight: Double?
    }

    /// The fitted families by increasing AIC, then the ones that could not be fitted, in the order given.
    public let entries: [Entry]

    /// Ranks the outcomes of fitting each family.
    public init(_ outcomes: [(Family, Result<FitResult, DataError>)]) {
        let fitted = outcomes.compactMap { family, outcome in (try? outcome.get()).map { (family, $0) } }
            .sorted { $0.1.aic < $1.1.aic }
        let best = fitted.first?.1.aic ?? 0
        let total = fitted.reduce(0) { $0 + Double.exp(-($1.1.aic - best) / 2) }
        var entries = fitted.map { family, fit in
            let delta = fit.aic - best
            return Entry(family: family, outcome: .success(fit), deltaAIC: delta, aicWeight: .exp(-delta / 2) / total)
        }
        for (family, outcome) in outcomes {
            if case .failure = outcome {
                entries.append(Entry(family: family, outcome: outcome, deltaAIC: nil, aicWeight: nil))
            }
        }
        self.entries = entries
    }

    /// Fits every family to its summary (each checked the data against its own support; a summary
    /// is nil with the error when a value fell outside it).
    public static func fitting(_ summaries: [(Family, Result<SampleSummary, DataError>)]) -> FamilyComparison {
        FamilyComparison(
            summaries.map { family, summary in
                (
                    family,
                    summary.flatMap { summary in Result { () throws(DataError) in try MaximumLikelihood.fit(summary) } }
                )
            })
    }

    /// The default set for data like these: counts when every value is a whole number ≥ 0,
    /// positive continuous families when every value is > 0, otherwise those on the real line.
    public static func defaultFamilies(minimum: Double, allWhole: Bool) -> [Family] {
        let names: [String]
        if allWhole && minimum >= 0 {
            names = ["poisson", "negative-binomial", "geometric"]
        } else if minimum > 0 {
            names = ["exponential", "gamma", "lognormal", "weibull"]
        } else {
            names = ["normal", "laplace", "cauchy", "student-t"]
        }
        return names.compactMap { Family(named: $0) }
    }
}
