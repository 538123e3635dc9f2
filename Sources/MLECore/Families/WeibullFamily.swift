import RealModule
import Synchronization

/// Weibull(k, λ): x > 0 with shape k and scale λ. No closed form: Newton–Raphson on (k, λ) from a
/// start read off the spread of log x (sd(log x) = π/(k√6) for a Weibull). The likelihood needs
/// every value, since Σ(x/λ)^k changes with k.
public struct WeibullFamily: FamilyDescription {
    /// Described.
    public init() {}
    public var name: String { "weibull" }
    public var title: String { "Weibull(k, λ): x > 0, k the shape, λ the scale" }
    public var parameters: [ParameterDescription] {
        [
            ParameterDescription(name: "k", symbol: "k", meaning: "shape", domain: .positive, role: .shape),
            ParameterDescription(name: "lambda", symbol: "λ", meaning: "scale", domain: .positive, role: .scale),
        ]
    }
    public func support(trials: Int?) -> Support { .positiveReals }
    public var sufficientStatistics: SufficientStatistics { .logValues }
    public var estimation: String { "Newton-Raphson from the spread of log x" }

    public func likelihood(_ summary: SampleSummary) -> any LikelihoodProblem {
        WeibullLikelihood(logs: summary.logValues)
    }

    public func fit(_ summary: SampleSummary, fixed: [String: Double]) throws(DataError) -> FitResult {
        if fixed["lambda"] == nil && summary.allValuesEqual {
            throw MaximumLikelihood.degenerate(summary, "k-hat would be infinite, so the likelihood is unbounded")
        }
        guard var start = methodOfMoments(summary) else {
            throw MaximumLikelihood.degenerate(summary, "k-hat would be infinite, so the likelihood is unbounded")
        }
        if let k = fixed["k"] {
            // λ̂ = (Σx^k/n)^(1/k) exactly, by the λ score; start there.
            start[1] = WeibullLikelihood(logs: summary.logValues).scale(shape: k)
        }
        return NumericalFit.fit(
            WeibullLikelihood(logs: summary.logValues), start: start, summary: summary, fixed: fixed)
    }

    /// k̃ = π/(√6·sd(log x)), λ̃ = (Σx^k̃/n)^(1/k̃): the shape from the spread of log x, the scale
    /// that then solves the λ score.
    public func methodOfMoments(_ summary: SampleSummary) -> [Double]? {
        let logs = summary.logValues
        guard logs.count > 1 else { return nil }
        let mean = logs.reduce(0, +) / Double(logs.count)
        let variance = logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(logs.count)
        guard variance > 0 else { return nil }
        let k = Double.pi / (6 * variance).squareRoot()
        return [k, WeibullLikelihood(logs: summary.logValues).scale(shape: k)]
    }

    /// [[((1 − γ)² + π²/6)/k², −(1 − γ)/λ], [−(1 − γ)/λ, k²/λ²]], γ Euler's constant.
    public func fisherInformation(_ theta: [Double]) -> Hessian {
        let (k, lambda) = (theta[0], theta[1])
        let c = 1 - eulerGamma
        return Hessian((c * c + .pi * .pi / 6) / (k * k), -c / lambda, k * k / (lambda * lambda))
    }

    public func distribution(_ theta: [Double], trials: Int?) -> any CumulativeDistribution {
        Weibull(k: theta[0], lambda: theta[1])
    }
}

/// The Weibull log-likelihood in θ = (k, λ), from the values:
///
/// ℓ(k, λ) = n log k − nk log λ + (k − 1) Σ log x − Σ (x/λ)^k.
public struct WeibullLikelihood: LikelihoodProblem {
    private let logs: [Double]
    private let sumOfLogs: Double
    /// The last (k, λ) and its sums: Newton asks for the score and the Hessian at the same θ, and
    /// on a million values each pass costs an exp per value.
    private let cache = SumsCache()

    /// From the logs of the values.
    public init(logs: [Double]) {
        precondition(!logs.isEmpty, "a likelihood needs at least one observation")
        self.logs = logs
        var sum = CompensatedSum()
        for value in logs { sum.add(value) }
        sumOfLogs = sum.value
    }

    /// `["k", "lambda"]`.
    public var parameterNames: [String] { ["k", "lambda"] }
    /// 2.
    public var dimension: Int { 2 }
    /// n.
    public var sampleSize: Int { logs.count }
    /// k > 0 and λ > 0, both finite.
    public func isInDomain(_ theta: Theta) -> Bool { theta[0] > 0 && theta[1] > 0 && theta.isFinite }

    /// (Σz, Σz·L, Σz·L²) with L = log(x/λ) and z = e^(kL) = (x/λ)^k.
    private func sums(_ k: Double, _ lambda: Double) -> (Double, Double, Double, Double) {
        if let hit = cache.lookUp(k, lambda) { return hit }
        let computed = computeSums(k, lambda)
        cache.store(k, lambda, computed)
        return computed
    }

    private func computeSums(_ k: Double, _ lambda: Double) -> (Double, Double, Double, Double) {
        let logLambda = Double.log(lambda)
        var z = CompensatedSum()
        var zL = CompensatedSum()
        var zL2 = CompensatedSum()
        var l = CompensatedSum()
        for logX in logs {
            let logRatio = logX - logLambda
            let term = Double.exp(k * logRatio)
            z.add(term)
            zL.add(term * logRatio)
            zL2.add(term * logRatio * logRatio)
            l.add(logRatio)
        }
        return (z.value, zL.value, zL2.value, l.value)
    }

    /// The λ that solves the λ score for shape k: (Σx^k/n)^(1/k), computed about the largest log.
    public func scale(shape k: Double) -> Double {
        let top = logs.max() ?? 0
        var sum = CompensatedSum()
        for logX in logs { sum.add(.exp(k * (logX - top))) }
        return .exp(top + Double.log(sum.value / Double(logs.count)) / k)
    }

    /// With k held, λ̂(k) = (Σx^k/n)^(1/k).
    public func maximizingOther(index: Int, at value: Double) -> Double? {
        index == 0 && value > 0 ? scale(shape: value) : nil
    }

    /// n log k − nk log λ + (k − 1) Σ log x − Σ (x/λ)^k. Its Σ(x/λ)^k comes with the score's and the
    /// Hessian's sums in one pass: a Newton step asks for ℓ at a trial point and then for all three there.
    public func logLikelihood(_ theta: Theta) -> Double {
        let (k, lambda) = (theta[0], theta[1])
        let n = Double(logs.count)
        let logLambda = Double.log(lambda)
        let (z, _, _, _) = sums(k, lambda)
        return n * .log(k) + k * (sumOfLogs - n * logLambda) - sumOfLogs - z
    }

    /// (n/k + ΣL − Σz·L, (k/λ)(Σz − n)).
    public func score(_ theta: Theta) -> Theta {
        let (k, lambda) = (theta[0], theta[1])
        let n = Double(logs.count)
        let (z, zL, _, l) = sums(k, lambda)
        return Theta(n / k + l - zL, k / lambda * (z - n))
    }

    /// [[−n/k² − Σz·L², (Σz − n)/λ + (k/λ)Σz·L], [·, −(k/λ²)(Σz − n) − (k²/λ²)Σz]].
    public func hessian(_ theta: Theta) -> Hessian {
        let (k, lambda) = (theta[0], theta[1])
        let n = Double(logs.count)
        let (z, zL, zL2, _) = sums(k, lambda)
        return Hessian(
            -n / (k * k) - zL2, (z - n) / lambda + k / lambda * zL,
            -k / (lambda * lambda) * (z - n) - k * k / (lambda * lambda) * z)
    }
}

/// The last two sums a `WeibullLikelihood` computed, shared by its copies: the end of a fit
/// compares ℓ at the estimate with ℓ at a polished point and then asks for the information at
/// whichever it kept.
final class SumsCache: Sendable {
    typealias Entry = (k: Double, lambda: Double, sums: (Double, Double, Double, Double))
    private let entries = Mutex<[Entry]>([])

    func lookUp(_ k: Double, _ lambda: Double) -> (Double, Double, Double, Double)? {
        entries.withLock { entries in entries.first { $0.k == k && $0.lambda == lambda }?.sums }
    }

    func store(_ k: Double, _ lambda: Double, _ sums: (Double, Double, Double, Double)) {
        entries.withLock { entries in
            entries.insert((k, lambda, sums), at: 0)
            if entries.count > 2 { entries.removeLast() }
        }
    }
}

/// The Weibull distribution with shape k > 0 and scale λ > 0.
///
/// log f(x) = log k − log λ + (k − 1) log(x/λ) − (x/λ)^k, for x > 0.
public struct Weibull: Distribution, Hashable {
    /// k, the shape.
    public let k: Double
    /// λ, the scale.
    public let lambda: Double

    /// - Precondition: both finite and > 0.
    public init(k: Double, lambda: Double) {
        precondition(k > 0 && k.isFinite && lambda > 0 && lambda.isFinite, "Weibull needs k, lambda > 0")
        self.k = k
        self.lambda = lambda
    }

    /// x > 0.
    public var support: Support { .positiveReals }

    /// log k − log λ + (k − 1) log(x/λ) − (x/λ)^k for x > 0, −∞ otherwise.
    public func logDensity(_ x: Double) -> Double {
        guard x > 0 else { return -.infinity }
        let logRatio = Double.log(x / lambda)
        return .log(k) - .log(lambda) + (k - 1) * logRatio - .exp(k * logRatio)
    }

    /// λΓ(1 + 1/k).
    public var mean: Double { lambda * .exp(.logGamma(1 + 1 / k)) }

    /// λ²(Γ(1 + 2/k) − Γ(1 + 1/k)²).
    public var variance: Double {
        lambda * lambda * (.exp(.logGamma(1 + 2 / k)) - .exp(2 * .logGamma(1 + 1 / k)))
    }

    /// λ(−log U)^(1/k) by inversion.
    public func sample(using generator: inout some RandomNumberGenerator) -> Double {
        lambda * Double.pow(-Double.log(StandardDraws.openUnit(using: &generator)), 1 / k)
    }
}

extension Weibull: CumulativeDistribution {
    /// 1 − exp(−(x/λ)^k) for x > 0.
    public func cdf(_ x: Double) -> Double { x > 0 ? -.expMinusOne(-.pow(x / lambda, k)) : 0 }
}
