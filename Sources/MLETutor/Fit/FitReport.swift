import MLECore

/// The two ways `fit` prints a result: a table for people and one JSON object for programs.
/// Pure functions of the result, so tests compare their exact text.
enum FitReport {
    /// A readable table: estimate, standard error and 95% intervals per free parameter, then n,
    /// ℓ, AIC, BIC, the method and any warnings.
    static func table(_ result: FitResult, source: String) -> String {
        var lines = ["\(result.family.name) fit to \(source) by maximum likelihood (\(result.method))", ""]
        let hasLikelihoodRatio = result.estimates.contains { $0.likelihoodRatioInterval != nil }
        var header = [pad("parameter", 10), pad("estimate", 14), pad("std. error", 14), "95% Wald interval"]
        if hasLikelihoodRatio { header[3] = pad(header[3], 28) + "95% likelihood-ratio interval" }
        lines.append(header.joined(separator: "  ").trimmedTrailingSpaces)
        for estimate in result.estimates {
            var row = [
                pad(estimate.name, 10), pad(number(estimate.value), 14), pad(number(estimate.standardError), 14),
                interval(estimate.waldInterval),
            ]
            if let ratio = estimate.likelihoodRatioInterval { row[3] = pad(row[3], 28) + interval(ratio) }
            lines.append(row.joined(separator: "  ").trimmedTrailingSpaces)
        }
        for fixed in result.fixedParameters {
            lines.append(pad(fixed.name, 10) + "  " + number(fixed.value) + " (fixed)")
        }
        lines.append("")
        lines.append("n               \(result.sampleSize)")
        lines.append("log-likelihood  \(number(result.logLikelihood))")
        lines.append("AIC             \(number(result.aic))")
        lines.append("BIC             \(number(result.bic))")
        if result.method == .newtonRaphson {
            lines.append("iterations      \(result.iterations) (\(result.diagnosis))")
        }
        for warning in result.warnings {
            lines.append("warning: \(warning)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object on one line, numbers at full precision (shortest round-trip form), names as
    /// in the course; a standard error that does not exist is `null`.
    static func json(_ result: FitResult) -> String {
        var fields = [
            "\"distribution\": \(quoted(result.family.name))",
            "\"n\": \(result.sampleSize)",
            "\"parameters\": " + object(result.estimates.map { ($0.name, jsonNumber($0.value)) }),
            "\"standardErrors\": " + object(result.estimates.map { ($0.name, jsonNumber($0.standardError)) }),
        ]
        if !result.fixedParameters.isEmpty {
            fields.append("\"fixed\": " + object(result.fixedParameters.map { ($0.name, jsonNumber($0.value)) }))
        }
        fields.append("\"waldIntervals\": " + object(result.estimates.map { ($0.name, jsonInterval($0.waldInterval)) }))
        let ratios = result.estimates.compactMap { estimate in
            estimate.likelihoodRatioInterval.map { (estimate.name, jsonInterval($0)) }
        }
        if !ratios.isEmpty { fields.append("\"likelihoodRatioIntervals\": " + object(ratios)) }
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
