import MLECore

/// The two ways `fit` prints a result: a table for people and one JSON object for programs.
/// Pure functions of the result, so tests compare their exact text.
enum FitReport {
    /// A readable table: estimate, standard error and 95% intervals per free parameter, then n,
    /// ℓ, AIC, BIC, the method and any warnings.
    /// `censored`: how many of the n times were right-censored, for a `--censored` fit.
    static func table(_ result: FitResult, source: String, censored: Int? = nil) -> String {
        var lines = ["\(result.modelName) fit to \(source) by maximum likelihood (\(result.method))", ""]
        let walds = result.transformedWaldIntervals()
        let ratios = result.likelihoodRatioIntervals()
        let hasLikelihoodRatio = ratios.contains { $0 != nil }
        var header = [pad("parameter", 10), pad("estimate", 14), pad("std. error", 14), "95% Wald interval"]
        if hasLikelihoodRatio { header[3] = pad(header[3], 28) + "95% likelihood-ratio interval" }
        lines.append(header.joined(separator: "  ").trimmedTrailingSpaces)
        for (index, estimate) in result.estimates.enumerated() {
            var row = [
                pad(estimate.name, 10), pad(number(estimate.value), 14), pad(number(estimate.standardError), 14),
                interval(walds[index]),
            ]
            if let ratio = ratios[index] { row[3] = pad(row[3] + "  ", 28) + interval(ratio) }
            lines.append(row.joined(separator: "  ").trimmedTrailingSpaces)
        }
        for fixed in result.fixedParameters {
            lines.append(pad(fixed.name, 10) + "  " + number(fixed.value) + " (fixed)")
        }
        lines += matrices(result)
        lines.append("")
        lines.append("n               \(result.sampleSize)")
        if let censored {
            lines.append(
                "censored        \(censored) of \(result.sampleSize) (these enter through the survival function)")
        }
        lines.append("log-likelihood  \(number(result.logLikelihood))")
        lines.append("AIC             \(number(result.aic))")
        lines.append("BIC             \(number(result.bic))")
        if result.method == .newtonRaphson {
            lines.append("iterations      \(result.iterations) (\(result.diagnosis))")
        }
        for warning in result.warnings {
            lines.append("warning: \(warning)")
        }
        for (index, range) in result.profileSearchRanges.enumerated() {
            guard let range, let ratio = ratios[index] else { continue }
            let edges = [ratio.lower, ratio.upper].filter { $0 == range.lowerBound || $0 == range.upperBound }
            for edge in edges {
                lines.append(
                    "note: \(result.estimates[index].name)'s likelihood-ratio interval ends at \(number(edge)), the edge of the range searched (\(number(range.lowerBound)) to \(number(range.upperBound))): the profile log-likelihood has not fallen by 1.92 there"
                )
            }
        }
        if zip(walds, result.estimates).contains(where: { $0 != $1.waldInterval }) {
            lines.append(
                "note: Wald intervals of positive parameters are computed on the log scale, of probabilities on the logit scale, and mapped back, so they stay inside the parameter space."
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The covariance and correlation matrices of two or more estimates, as two small tables.
    private static func matrices(_ result: FitResult) -> [String] {
        let names = result.estimates.map(\.name)
        guard names.count >= 2, let covariance = result.covariance, let correlation = result.correlation,
            covariance.dimension == names.count
        else { return [] }
        var lines = [""]
        for (title, matrix) in [("covariance", covariance), ("correlation", correlation)] {
            lines.append(pad(title, 12) + names.map { pad($0, 14) }.joined(separator: "  "))
            for i in names.indices {
                lines.append(
                    pad(names[i], 12) + names.indices.map { pad(number(matrix[i, $0]), 14) }.joined(separator: "  "))
            }
        }
        return lines.map(\.trimmedTrailingSpaces)
    }

    /// One JSON object on one line, numbers at full precision (shortest round-trip form), names as
    /// in the course; a standard error that does not exist is `null`.
    static func json(_ result: FitResult, censored: Int? = nil) -> String {
        var fields = [
            result.family == nil
                ? "\"model\": \(quoted(result.modelName))" : "\"distribution\": \(quoted(result.modelName))",
            "\"n\": \(result.sampleSize)",
        ]
        if let censored { fields.append("\"censored\": \(censored)") }
        fields += [
            "\"parameters\": " + object(result.estimates.map { ($0.name, jsonNumber($0.value)) }),
            "\"standardErrors\": " + object(result.estimates.map { ($0.name, jsonNumber($0.standardError)) }),
        ]
        if !result.fixedParameters.isEmpty {
            fields.append("\"fixed\": " + object(result.fixedParameters.map { ($0.name, jsonNumber($0.value)) }))
        }
        let names = result.estimates.map(\.name)
        fields.append(
            "\"waldIntervals\": " + object(zip(names, result.transformedWaldIntervals()).map { ($0, jsonInterval($1)) })
        )
        let ratios = zip(names, result.likelihoodRatioIntervals()).compactMap { name, interval in
            interval.map { (name, jsonInterval($0)) }
        }
        if !ratios.isEmpty { fields.append("\"likelihoodRatioIntervals\": " + object(ratios)) }
        for (key, matrix) in [("covariance", result.covariance), ("correlation", result.correlation)] {
            guard let matrix, matrix.dimension == names.count else { continue }
            fields.append(
                "\"\(key)\": "
                    + object(
                        names.indices.map { i in
                            (names[i], object(names.indices.map { j in (names[j], jsonNumber(matrix[i, j])) }))
                        }))
        }
        fields += [
            "\"logLikelihood\": \(jsonNumber(result.logLikelihood))",
            "\"aic\": \(jsonNumber(result.aic))",
            "\"bic\": \(jsonNumber(result.bic))",
            "\"converged\": \(result.converged)",
            "\"iterations\": \(result.iterations)",
            "\"warnings\": [" + result.warnings.map { quoted($0.description) }.joined(separator: ", ") + "]",
        ]
        return "{" + fields.joined(separator: ", ") + "}\n"
    }

    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func jsonNumber(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }

    static func jsonInterval(_ interval: ConfidenceInterval) -> String {
        "[\(jsonNumber(interval.lower)), \(jsonNumber(interval.upper))]"
    }

    static func quoted(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    /// Seven significant digits: readable in a table; `--json` gives every digit.
    static func number(_ x: Double) -> String {
        x.isFinite ? SignificantDigits.format(x, digits: 7, trimmingZeros: true) : "n/a"
    }

    static func interval(_ interval: ConfidenceInterval) -> String {
        "[\(number(interval.lower)), \(number(interval.upper))]"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    fileprivate var trimmedTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
