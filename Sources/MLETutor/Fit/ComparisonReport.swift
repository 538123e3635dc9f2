import MLECore

/// How `fit --compare` prints: a table ranked by AIC, or a JSON array of the single-fit objects
/// with `support` ("discrete" or "continuous": the ranking the family is in), `deltaAIC` and
/// `aicWeight` added (and `error` for a family that could not be fitted). Counts and densities
/// are ranked apart, each with its own ΔAIC and weights.
enum ComparisonReport {
    static func table(_ comparison: FamilyComparison, source: String) -> String {
        let fitted = comparison.entries.filter { $0.deltaAIC != nil }
        let n = fitted.first.flatMap { try? $0.outcome.get().sampleSize }
        let twoGroups = comparison.ranksTwoGroups
        var lines = [
            "\(comparison.entries.count) families compared on \(source)\(n.map { " (n = \($0))" } ?? ""), ranked by AIC"
                + (twoGroups ? " within each kind" : ""),
            "",
        ]
        for (index, group) in comparison.rankedGroups.enumerated() {
            if twoGroups {
                if index > 0 { lines.append("") }
                lines.append(group == .discrete ? "counts (probability mass functions):" : "continuous (densities):")
            }
            lines += ranking(fitted.filter { $0.group == group })
        }
        let failed = comparison.entries.filter { $0.deltaAIC == nil }
        if !failed.isEmpty {
            lines.append("")
            lines.append("not fitted:")
            for entry in failed {
                guard case .failure(let error) = entry.outcome else { continue }
                lines.append("  \(FitReport.pad(entry.family.name, 17)) \(error)")
            }
        }
        if fitted.count > 1 {
            lines.append("")
            lines.append(
                "ΔAIC = AIC − the smallest AIC. Akaike weight = exp(−ΔAIC/2) normalised over the families fitted: the relative support for each as the best approximation among these."
            )
        }
        if twoGroups {
            lines.append(
                "Counts and densities are ranked apart: a density's log-likelihood changes with the unit of x and a probability's does not, so their AICs are not comparable."
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The header and one row per fitted family of one group, best first.
    private static func ranking(_ fitted: [FamilyComparison.Entry]) -> [String] {
        var lines = [
            [
                FitReport.pad("rank", 4), FitReport.pad("family", 17), FitReport.pad("k", 2),
                FitReport.pad("log-likelihood", 15), FitReport.pad("AIC", 13), FitReport.pad("ΔAIC", 11),
                FitReport.pad("weight", 9), "BIC",
            ].joined(separator: " ")
        ]
        for (rank, entry) in fitted.enumerated() {
            guard case .success(let fit) = entry.outcome else { continue }
            let note = fit.converged ? "" : "  (did not converge)"
            lines.append(
                [
                    FitReport.pad("\(rank + 1)", 4), FitReport.pad(entry.family.name, 17),
                    FitReport.pad("\(fit.freeParameterCount)", 2),
                    FitReport.pad(FitReport.number(fit.logLikelihood), 15),
                    FitReport.pad(FitReport.number(fit.aic), 13),
                    FitReport.pad(FitReport.number(entry.deltaAIC ?? .nan), 11),
                    FitReport.pad(weight(entry.aicWeight ?? .nan), 9), FitReport.number(fit.bic) + note,
                ].joined(separator: " "))
        }
        return lines
    }

    static func json(_ comparison: FamilyComparison) -> String {
        let objects = comparison.entries.map { entry -> String in
            switch entry.outcome {
            case .success(let fit):
                var object = FitReport.json(fit)
                object.removeLast(2)  // "}\n"
                return object + ", \"support\": \"\(entry.group.rawValue)\""
                    + ", \"deltaAIC\": \(FitReport.jsonNumber(entry.deltaAIC ?? .nan))"
                    + ", \"aicWeight\": \(FitReport.jsonNumber(entry.aicWeight ?? .nan))}"
            case .failure(let error):
                return
                    "{\"distribution\": \(FitReport.quoted(entry.family.name)), \"support\": \"\(entry.group.rawValue)\""
                    + ", \"error\": \(FitReport.quoted(error.description))}"
            }
        }
        return "[" + objects.joined(separator: ",\n ") + "]\n"
    }

    /// A weight to three decimals, or `<0.001`.
    private static func weight(_ w: Double) -> String {
        guard w.isFinite else { return "n/a" }
        if w > 0 && w < 0.0005 { return "<0.001" }
        let thousandths = Int((w * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
