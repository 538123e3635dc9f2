import RealModule

/// Several families fitted to the same data and ranked by AIC, with ΔAIC and Akaike weights; the
/// families that could not be fitted keep the reason.
///
/// Families for counts (a probability mass function) and families with a density are ranked in two
/// separate groups: a density's log-likelihood changes with the unit of x (−n log c when x is
/// multiplied by c) while a probability's does not, so their AICs are not on one scale.
public struct FamilyComparison: Sendable {
    /// Which ranking a family belongs to: a log-likelihood of probabilities or of densities.
    public enum Group: String, Sendable, Hashable {
        /// Families of whole numbers, whose likelihood is a product of probabilities.
        case discrete
        /// Families with a density, whose likelihood depends on the unit of x.
        case continuous

        /// The group of `family`, from its support.
        public init(_ family: Family) {
            self = family.support.isDiscrete ? .discrete : .continuous
        }
    }

    /// One family's outcome.
    public struct Entry: Sendable {
        /// The family.
        public let family: Family
        /// The fit, or why there is none.
        public let outcome: Result<FitResult, DataError>
        /// AIC − the smallest AIC in this family's group (0 for the best); nil without a fit.
        public let deltaAIC: Double?
        /// exp(−Δ/2) / Σ exp(−Δⱼ/2) over the fitted families of the same group: the weight of
        /// evidence for this family among those.
        public let aicWeight: Double?
        /// The ranking this family is in.
        public var group: Group { Group(family) }
    }

    /// The fitted families, group by group (in the order each group first appears among the
    /// outcomes) and by increasing AIC within a group, then the ones that could not be fitted, in
    /// the order given.
    public let entries: [Entry]

    /// The groups of the fitted families, in the order their rankings come in `entries`.
    public var rankedGroups: [Group] {
        var groups: [Group] = []
        for entry in entries where entry.deltaAIC != nil && !groups.contains(entry.group) { groups.append(entry.group) }
        return groups
    }

    /// Whether the fitted families fall in both groups, so there are two rankings.
    public var ranksTwoGroups: Bool { rankedGroups.count > 1 }

    /// Ranks the outcomes of fitting each family, each group on its own.
    public init(_ outcomes: [(Family, Result<FitResult, DataError>)]) {
        let fitted = outcomes.compactMap { family, outcome in (try? outcome.get()).map { (family, $0) } }
        var groups: [Group] = []
        for (family, _) in fitted where !groups.contains(Group(family)) { groups.append(Group(family)) }
        var entries: [Entry] = []
        for group in groups {
            let members = fitted.filter { Group($0.0) == group }.sorted { $0.1.aic < $1.1.aic }
            let best = members.first?.1.aic ?? 0
            let total = members.reduce(0) { $0 + Double.exp(-($1.1.aic - best) / 2) }
            entries += members.map { family, fit in
                let delta = fit.aic - best
                return Entry(
                    family: family, outcome: .success(fit), deltaAIC: delta, aicWeight: .exp(-delta / 2) / total)
            }
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
    /// positive continuous families when every value is > 0 (with the beta when every value is
    /// also below 1, proportions), otherwise those on the real line.
    public static func defaultFamilies(minimum: Double, maximum: Double = .infinity, allWhole: Bool) -> [Family] {
        let names: [String]
        if allWhole && minimum >= 0 {
            names = ["poisson", "negative-binomial", "geometric"]
        } else if minimum > 0 {
            names = ["exponential", "gamma", "lognormal", "weibull"] + (maximum < 1 ? ["beta"] : [])
        } else {
            names = ["normal", "laplace", "cauchy", "student-t"]
        }
        return names.compactMap { Family(named: $0) }
    }
}
