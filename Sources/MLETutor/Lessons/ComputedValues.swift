import Foundation
import MLECore

/// Numbers written into lesson prose as `{{name key=value …}}`, computed by MLECore when the
/// lesson loads, so that no number the tutor can compute is ever typed by hand.
///
/// `digits=N` sets the significant digits shown (4 unless given). A formula of a sample takes its
/// values as `data=4.2,5.1,3.8` (commas, no spaces), the same list the lesson's page plots.
enum ComputedValues {
    /// A named computation: the arguments it needs and how to compute it from them.
    struct Formula: Sendable {
        var arguments: [String]
        /// Whether it also takes `data=`, a list of values.
        var takesData = false
        var compute: @Sendable ([String: Double], [Double]) throws -> Double

        /// Whether the value is a count (steps, values), shown as a whole number whatever `digits` says.
        var isCount = false

        init(
            arguments: [String], compute: @escaping @Sendable ([String: Double]) throws -> Double, isCount: Bool = false
        ) {
            self.arguments = arguments
            self.compute = { values, _ in try compute(values) }
            self.isCount = isCount
        }

        /// A formula of a sample given as `data=…`, with `arguments` besides.
        init(
            sampleOf family: Family, arguments: [String] = [],
            compute: @escaping @Sendable (SampleSummary, [String: Double]) throws -> Double
        ) {
            self.arguments = arguments
            takesData = true
            self.compute = { values, data in
                do {
                    return try compute(try SampleSummary(family: family, values: data), values)
                } catch let error as DataError {
                    throw ArgumentError(
                        message: "value \(error.line.map(String.init) ?? "?") of data: \(error.message)")
                }
            }
        }
    }

    /// Every value lessons can quote: the entries below and the fits of the shipped samples.
    static let formulas: [String: Formula] = coreFormulas.merging(sampleDataFormulas) { core, _ in core }

    static let coreFormulas: [String: Formula] = [
        "binomial-probability": Formula(arguments: ["n", "k", "p"]) { values in
            let distribution = Binomial(trials: try wholeNumber(values["n"]!, "n"), p: try probability(values["p"]!))
            return exp(distribution.logDensity(values["k"]!))
        },
        "bernoulli-sequence-probability": Formula(arguments: ["n", "k", "p"]) { values in
            let trials = try wholeNumber(values["n"]!, "n")
            guard trials <= 100_000 else { throw ArgumentError(message: "n must be at most 100000") }
            let heads = try successes(values["k"]!, of: trials)
            let tosses = Array(repeating: 1.0, count: heads) + Array(repeating: 0.0, count: trials - heads)
            let summary = try SampleSummary(family: .bernoulli, values: tosses)
            return exp(summary.likelihood().logLikelihood(Theta(try probability(values["p"]!))))
        },
        "binomial-coefficient": Formula(
            arguments: ["n", "k"],
            compute: { values in
                let trials = try wholeNumber(values["n"]!, "n")
                guard trials <= 1000 else { throw ArgumentError(message: "n must be at most 1000") }
                let k = try successes(values["k"]!, of: trials)
                // C(n, k) = ∏ (n − k + i)/i over i = 1…k, each partial product itself a binomial coefficient.
                return (0..<min(k, trials - k)).reduce(1.0) { product, i in
                    product * Double(trials - i) / Double(i + 1)
                }.rounded()
            }, isCount: true),
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
        "gamma-moments-efficiency": Formula(arguments: ["alpha"]) { values in
            guard let alpha = values["alpha"], alpha > 0, alpha < 1e6 else {
                throw ArgumentError(message: "alpha must be above 0 and below 1e6")
            }
            return RelativeEfficiency.gammaShapeMoments(alpha: alpha)
        },
        "uniform-maximum-bias": Formula(arguments: ["theta", "n"]) { values in
            guard let theta = values["theta"], theta > 0, theta < 1e300 else {
                throw ArgumentError(message: "theta must be above 0")
            }
            let n = try wholeNumber(values["n"]!, "n")
            return UniformMaximum.meanOfMaximum(theta: theta, sampleSize: n) - theta
        },
        "variance-mle-bias": Formula(arguments: ["sigma", "n"]) { values in
            guard let sigma = values["sigma"], sigma > 0, sigma < 1e150 else {
                throw ArgumentError(message: "sigma must be above 0")
            }
            return VarianceBias.biasOfMaximumLikelihood(sigma: sigma, sampleSize: try wholeNumber(values["n"]!, "n"))
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
        "first-frozen-product": Formula(arguments: ["p"]) { values in
            guard
                let n = ProductOfProbabilities(probability: try positiveProbability(values["p"]!)).firstFrozen(
                    limit: 10_000_000)
            else {
                throw ArgumentError(message: "p^n does not freeze above 0 below n = 10,000,000")
            }
            return Double(n)
        },
        "sum-of-log10s": Formula(arguments: ["n", "p"]) { values in
            ProductOfProbabilities(probability: try positiveProbability(values["p"]!))
                .logSum(count: try wholeNumber(values["n"]!, "n")) / log(10)
        },
        "direct-product": Formula(arguments: ["n", "p"]) { values in
            ProductOfProbabilities(probability: try positiveProbability(values["p"]!))
                .directProduct(count: try wholeNumber(values["n"]!, "n"))
        },
        "surprise-bits": Formula(arguments: ["p"]) { values in
            -Double.log2(try positiveProbability(values["p"]!))
        },
        "surprise-nats": Formula(arguments: ["p"]) { values in
            -Double.log(try positiveProbability(values["p"]!))
        },
        "total-surprise-nats": Formula(arguments: ["n", "p"]) { values in
            -ProductOfProbabilities(probability: try positiveProbability(values["p"]!))
                .logSum(count: try wholeNumber(values["n"]!, "n"))
        },
        "normal-density": Formula(arguments: ["x", "mu", "sigma"]) { values in
            guard let sigma = values["sigma"], sigma > 0, sigma.isFinite else {
                throw ArgumentError(message: "sigma must be a finite number above 0")
            }
            guard values["mu"]!.isFinite, !values["x"]!.isNaN else {
                throw ArgumentError(message: "mu and x must be finite numbers")
            }
            return exp(Normal(mu: values["mu"]!, sigma: sigma).logDensity(values["x"]!))
        },
        "returns-log-likelihood": returnsFormula { returns, fit in fit(returns).logLikelihood },
        "returns-aic": returnsFormula { returns, fit in fit(returns).aic },
        "returns-tail-probability": returnsFormula { returns, fit in returns.tailProbability(fit(returns)) },
        "returns-observed-tail-share": returnsFormula { returns, _ in returns.observedTailShare },
        "returns-nu-hat": returnsFormula { returns, _ in returns.studentT.value(of: "nu") ?? .nan },
        "binomial-likelihood-area": Formula(arguments: ["n", "k"]) { values in
            let trials = try wholeNumber(values["n"]!, "n")
            let k = Double(try successes(values["k"]!, of: trials))
            return areaOverUnitInterval { p in exp(Binomial(trials: trials, p: p).logDensity(k)) }
        },
        "sample-mean": Formula(sampleOf: .normal) { summary, _ in summary.mean },
        "bernoulli-mle": Formula(sampleOf: .bernoulli) { summary, _ in ClosedForm.successProbability(summary) },
        "normal-variance-mle": Formula(sampleOf: .normal) { summary, _ in summary.maximumLikelihoodVariance },
        "unbiased-variance": Formula(sampleOf: .normal) { summary, _ in
            guard summary.count >= 2 else { throw ArgumentError(message: "data needs at least two values") }
            return summary.sumOfSquaredDeviations / Double(summary.count - 1)
        },
        "normal-sd-mle": Formula(sampleOf: .normal) { summary, _ in ClosedForm.normalStandardDeviation(summary) },
        "exponential-mle": Formula(sampleOf: .exponential) { summary, _ in
            guard summary.sum > 0 else { throw ArgumentError(message: "data must not all be 0") }
            return ClosedForm.exponentialRate(summary)
        },
        "poisson-mle": Formula(sampleOf: .poisson) { summary, _ in ClosedForm.poissonRate(summary) },
        "binomial-standard-error": Formula(arguments: ["n", "k"]) { values in
            let summary = try SampleSummary(
                family: .binomial(trials: try wholeNumber(values["n"]!, "n")), values: [values["k"]!])
            guard let estimate = try MaximumLikelihood.fit(summary).estimate("p"), estimate.standardError > 0 else {
                throw ArgumentError(message: "k must be above 0 and below n for a standard error")
            }
            return estimate.standardError
        },
        "exponential-sample-information": Formula(arguments: ["n", "lambda"]) { values in
            guard let lambda = values["lambda"], lambda > 0, lambda.isFinite else {
                throw ArgumentError(message: "lambda must be a finite number above 0")
            }
            return Double(try wholeNumber(values["n"]!, "n")) * FisherInformation.exponentialRate(lambda: lambda)
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
    /// and its template left in place. In `prose` a value is written with the real minus sign
    /// (−0.6931, 1.0e−425), as the lessons write numbers; a field read as a number keeps `-`.
    static func expand(_ text: String, prose: Bool = true, report: (String) -> Void) -> String {
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
                let value = try evaluate(template)
                result += prose ? NumberText.withMinusSigns(value) : value
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
                message: "unknown value '\(name)'"
                    + suggestion(for: name, among: formulas.keys.sorted(), listedAs: "known values"))
        }
        var values: [String: Double] = [:]
        var data: [Double]?
        var digits = 4
        for word in words.dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[0] == "data", formula.takesData {
                data = try list(parts[1])
                continue
            }
            guard parts.count == 2, let number = number(parts[1]) else {
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
        let missing =
            formula.arguments.filter { values[$0] == nil } + (formula.takesData && data == nil ? ["data"] : [])
        guard missing.isEmpty else {
            throw ArgumentError(message: "'\(name)' needs \(missing.joined(separator: ", "))")
        }
        let value = try formula.compute(values, data ?? [])
        guard value.isFinite else { throw ArgumentError(message: "'\(name)' is not a finite number here") }
        if formula.isCount, value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return SignificantDigits.format(value, digits: digits)
    }

    /// The numbers of `data=4.2,5.1,3.8`, at most 10,000 of them, each finite.
    static func list(_ text: String) throws -> [Double] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        guard items.count <= 10_000 else { throw ArgumentError(message: "data holds at most 10000 values") }
        return try items.enumerated().map { index, item in
            guard let number = number(item), number.isFinite else {
                throw ArgumentError(message: "value \(index + 1) of data, '\(item)', is not a finite number")
            }
            return number
        }
    }

    /// A decimal number written with digits, one point, signs and an exponent only: never `nan`,
    /// `inf`, hexadecimal, or text past a NUL, which `Double(_:)` would read.
    private static func number(_ text: some StringProtocol) -> Double? {
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ "0123456789.+-eE".unicodeScalars.contains($0) }) else {
            return nil
        }
        return Double(String(text))
    }

    /// ∫₀¹ f(p) dp by Simpson's rule on 2000 intervals: exact to about 1e-12 for the smooth
    /// polynomials a binomial likelihood is.
    private static func areaOverUnitInterval(_ f: (Double) -> Double) -> Double {
        let intervals = 2000
        let h = 1 / Double(intervals)
        var total = f(0) + f(1)
        for i in 1..<intervals { total += (i % 2 == 1 ? 4 : 2) * f(Double(i) * h) }
        return total * h / 3
    }

    private static func probability(_ value: Double) throws -> Double {
        guard (0...1).contains(value) else { throw ArgumentError(message: "p must be from 0 to 1") }
        return value
    }

    /// k, a whole number of successes from 0 to `trials`.
    private static func successes(_ value: Double, of trials: Int) throws -> Int {
        guard value.rounded() == value, (0...Double(trials)).contains(value) else {
            throw ArgumentError(message: "k must be a whole number from 0 to n")
        }
        return Int(value)
    }

    private static func positiveProbability(_ value: Double) throws -> Double {
        guard value > 0 && value <= 1 else { throw ArgumentError(message: "p must be above 0 and at most 1") }
        return value
    }

    private static func positiveNumber(_ value: Double) throws -> Double {
        guard value > 0 && value.isFinite else { throw ArgumentError(message: "x must be a finite number above 0") }
        return value
    }

    /// A number about `HeavyTailedReturns(seed:count:degreesOfFreedom:)` drawn from `seed`, `n`
    /// and `nu`; `model=0` picks its Normal fit, `model=1` its Student-t fit.
    private static func returnsFormula(
        _ compute: @escaping @Sendable (HeavyTailedReturns, (HeavyTailedReturns) -> FitResult) -> Double
    ) -> Formula {
        Formula(arguments: ["seed", "n", "nu", "model"]) { values in
            let seed = try wholeNumber(values["seed"]!, "seed")
            let n = try wholeNumber(values["n"]!, "n")
            guard n >= 2, n <= 100_000 else { throw ArgumentError(message: "n must be from 2 to 100000") }
            guard let nu = values["nu"], nu >= 0.5, nu <= 1000 else {
                throw ArgumentError(message: "nu must be from 0.5 to 1000")
            }
            guard let model = values["model"], model == 0 || model == 1 else {
                throw ArgumentError(message: "model must be 0 (Normal) or 1 (Student-t)")
            }
            let returns: HeavyTailedReturns
            do throws(DataError) {
                returns = try HeavyTailedReturns(seed: UInt64(seed), count: n, degreesOfFreedom: nu)
            } catch {
                throw ArgumentError(message: error.message)
            }
            return compute(returns, { model == 0 ? $0.normal : $0.studentT })
        }
    }

    private static func wholeNumber(_ value: Double, _ name: String) throws -> Int {
        guard value.rounded() == value, value >= 1, value < 1e9 else {
            throw ArgumentError(message: "\(name) must be a whole number of at least 1")
        }
        return Int(value)
    }
}
