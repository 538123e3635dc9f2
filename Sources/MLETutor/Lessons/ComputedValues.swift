import Foundation
import MLECore

/// Numbers written into lesson prose as `{{name key=value …}}`, computed by MLECore when the
/// lesson loads, so that no number the tutor can compute is ever typed by hand.
///
/// `digits=N` sets the significant digits shown (4 unless given).
enum ComputedValues {
    /// A named computation: the arguments it needs and how to compute it from them.
    struct Formula: Sendable {
        var arguments: [String]
        var compute: @Sendable ([String: Double]) throws -> Double
    }

    static let formulas: [String: Formula] = [
        "binomial-probability": Formula(arguments: ["n", "k", "p"]) { values in
            let distribution = Binomial(trials: try wholeNumber(values["n"]!, "n"), p: try probability(values["p"]!))
            return exp(distribution.logDensity(values["k"]!))
        },
        "binomial-score": Formula(arguments: ["n", "k", "p"]) { values in
            let summary = try SampleSummary(
                family: .binomial(trials: try wholeNumber(values["n"]!, "n")),
                values: [values["k"]!])
            return summary.likelihood().score(Theta(try probability(values["p"]!)))[0]
        },
        "binomial-mle": Formula(arguments: ["n", "k"]) { values in
            let summary = try SampleSummary(
                family: .binomial(trials: try wholeNumber(values["n"]!, "n")),
                values: [values["k"]!])
            return ClosedForm.successProbability(summary)
        },
        "sum-of-logs": Formula(arguments: ["n", "p"]) { values in
            ProductOfProbabilities(probability: try positiveProbability(values["p"]!))
                .logSum(count: try wholeNumber(values["n"]!, "n"))
        },
        "first-zero-product": Formula(arguments: ["p"]) { values in
            guard
                let n = ProductOfProbabilities(probability: try positiveProbability(values["p"]!)).firstZero(
                    limit: 1_000_000)
            else {
                throw ArgumentError(message: "p^n does not reach 0 below n = 1,000,000")
            }
            return Double(n)
        },
        "flow-log-density": Formula(arguments: ["x"]) { values in
            ChangeOfVariables.exponentialFlow(try positiveNumber(values["x"]!), base: Normal(mu: 0, sigma: 1)).total
        },
        "flow-base-log-density": Formula(arguments: ["x"]) { values in
            ChangeOfVariables.exponentialFlow(try positiveNumber(values["x"]!), base: Normal(mu: 0, sigma: 1)).base
        },
        "flow-log-jacobian": Formula(arguments: ["x"]) { values in
            ChangeOfVariables.exponentialFlow(try positiveNumber(values["x"]!), base: Normal(mu: 0, sigma: 1))
                .logJacobian
        },
    ]

    /// An argument that is not what the formula accepts.
    struct ArgumentError: Error {
        var message: String
    }

    /// `text` with every `{{…}}` replaced by its value; each problem is passed to `report`
    /// and its template left in place.
    static func expand(_ text: String, report: (String) -> Void) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
                report("'{{' without a closing '}}'")
                result += rest[open.lowerBound...]
                return result
            }
            let template = rest[open.upperBound..<close.lowerBound]
            do {
                result += try evaluate(template)
            } catch let error as ArgumentError {
                report("in {{\(template)}}: \(error.message)")
                result += rest[open.lowerBound..<close.upperBound]
            } catch {
                report("in {{\(template)}}: \(error)")
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The formatted value of one template body such as `binomial-probability n=10 k=7 p=0.5`.
    static func evaluate(_ template: Substring) throws -> String {
        let words = template.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard let name = words.first.map(String.init) else { throw ArgumentError(message: "no value named") }
        guard let formula = formulas[name] else {
            throw ArgumentError(
                message: "unknown value '\(name)'; known values: \(formulas.keys.sorted().joined(separator: ", "))")
        }
        var values: [String: Double] = [:]
        var digits = 4
        for word in words.dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let number = Double(parts[1]) else {
                throw ArgumentError(message: "'\(word)' is not of the form name=number")
            }
            if parts[0] == "digits" {
                digits = try wholeNumber(number, "digits")
                guard (1...15).contains(digits) else { throw ArgumentError(message: "digits must be from 1 to 15") }
            } else if formula.arguments.contains(parts[0]) {
                values[parts[0]] = number
            } else {
                throw ArgumentError(
                    message:
                        "'\(name)' takes \(formula.arguments.joined(separator: ", ")) and digits, not '\(parts[0])'")
            }
        }
        let missing = formula.arguments.filter { values[$0] == nil }
        guard missing.isEmpty else {
            throw ArgumentError(message: "'\(name)' needs \(missing.joined(separator: ", "))")
        }
        return SignificantDigits.format(try formula.compute(values), digits: digits)
    }

    private static func probability(_ value: Double) throws -> Double {
        guard (0...1).contains(value) else { throw ArgumentError(message: "p must be from 0 to 1") }
        return value
    }

    private static func positiveProbability(_ value: Double) throws -> Double {
        guard value > 0 && value <= 1 else { throw ArgumentError(message: "p must be above 0 and at most 1") }
        return value
    }

    private static func positiveNumber(_ value: Double) throws -> Double {
        guard value > 0 && value.isFinite else { throw ArgumentError(message: "x must be a finite number above 0") }
        return value
    }

    private static func wholeNumber(_ value: Double, _ name: String) throws -> Int {
        guard value.rounded() == value, value >= 1, value < 1e9 else {
            throw ArgumentError(message: "\(name) must be a whole number of at least 1")
        }
        return Int(value)
    }
}
