import RealModule

/// Survival times with right-censoring: for each subject a time tᵢ > 0 and whether the event was
/// seen then (δᵢ = 1) or the subject was still event-free when observation stopped (δᵢ = 0).
///
/// An event contributes its density f(tᵢ); a censored time contributes only the survival
/// probability S(tᵢ) = P(T > tᵢ), all we know about it:
/// ℓ(θ) = Σ δᵢ log f(tᵢ | θ) + Σ (1 − δᵢ) log S(tᵢ | θ).
public struct CensoredSurvival: Sendable, Hashable {
    /// The observed times.
    public let times: [Double]
    /// Whether each time is an event (true) or censored (false).
    public let events: [Bool]

    /// Why survival data cannot be fitted.
    public enum DataError: Error, Sendable, Hashable, CustomStringConvertible {
        /// No times, or not one event flag per time.
        case empty
        /// Time number `index` (from 1) is not a finite number above 0.
        case badTime(index: Int)
        /// Every time is censored: ℓ rises as the hazard falls to 0, so there is no finite MLE.
        case noEvents

        /// One sentence.
        public var description: String {
            switch self {
            case .empty: return "survival data need at least one time, each with an event flag"
            case .badTime(let index): return "time \(index) must be a finite number greater than 0"
            case .noEvents: return "every time is censored: the likelihood rises as the hazard falls to 0, so no MLE"
            }
        }
    }

    /// Checks the data.
    public init(times: [Double], events: [Bool]) throws(DataError) {
        guard !times.isEmpty, times.count == events.count else { throw .empty }
        if let bad = times.firstIndex(where: { !($0 > 0) || !$0.isFinite }) { throw .badTime(index: bad + 1) }
        guard events.contains(true) else { throw .noEvents }
        self.times = times
        self.events = events
    }

    /// d, the number of events.
    public var eventCount: Int { events.filter { $0 }.count }

    /// The naive data that drop every censored subject.
    public var droppingCensored: CensoredSurvival? {
        let kept = times.indices.filter { events[$0] }
        return try? CensoredSurvival(times: kept.map { times[$0] }, events: kept.map { _ in true })
    }

    /// The naive data that treat every censored time as an event.
    public var censoredAsEvents: CensoredSurvival {
        // The times are already checked and now all are events, so this cannot fail.
        guard let all = try? CensoredSurvival(times: times, events: times.map { _ in true }) else {
            preconditionFailure("checked times with all events are valid")
        }
        return all
    }

    // MARK: Exponential

    /// Exponential ℓ(λ) = d log λ − λ Σ tᵢ (log f = log λ − λt, log S = −λt).
    public func exponentialLogLikelihood(rate: Double) -> Double {
        Double(eventCount) * .log(rate) - rate * totalTime
    }

    /// λ̂ = d / Σ tᵢ: events per unit of time at risk.
    public var exponentialRate: Double { Double(eventCount) / totalTime }

    private var totalTime: Double {
        var sum = CompensatedSum()
        for t in times { sum.add(t) }
        return sum.value
    }

    // MARK: Weibull

    /// Weibull ℓ(k, σ) with log f = log k − log σ + (k − 1) log(t/σ) − (t/σ)ᵏ and log S = −(t/σ)ᵏ.
    public func weibullLogLikelihood(shape k: Double, scale sigma: Double) -> Double {
        var total = CompensatedSum()
        for (t, event) in zip(times, events) {
            let z = t / sigma
            let logSurvival = -Double.pow(z, k)
            total.add(event ? .log(k) - .log(sigma) + (k - 1) * .log(z) + logSurvival : logSurvival)
        }
        return total.value
    }

    /// The Weibull MLE (k̂, σ̂). For fixed k the best scale is σᵏ = Σ tᵢᵏ / d; k̂ is the root of the
    /// profile score d/k + Σ δᵢ log tᵢ − d Σ tᵢᵏ log tᵢ / Σ tᵢᵏ, which falls as k grows, found by
    /// bisection to rounding. Nil when all event and censored times are equal (no root).
    public var weibullFit: (shape: Double, scale: Double)? {
        let d = Double(eventCount)
        let logTimes = times.map { Double.log($0) }
        let reference = logTimes.max() ?? 0
        let eventLogSum = zip(logTimes, events).reduce(0.0) { $0 + ($1.1 ? $1.0 : 0) }
        // Σ tᵏ and Σ tᵏ log t scaled by exp(−k·reference) so large k does not overflow.
        func profileScore(_ k: Double) -> Double {
            var power = 0.0
            var weighted = 0.0
            for l in logTimes {
                let w = Double.exp(k * (l - reference))
                power += w
                weighted += w * l
            }
            return d / k + eventLogSum - d * weighted / power
        }
        var low = 1e-3
        var high = 1.0
        while profileScore(high) > 0 && high < 1e4 { high *= 2 }
        guard profileScore(low) > 0, profileScore(high) < 0 else { return nil }
        for _ in 0..<200 {
            let middle = 0.5 * (low + high)
            if middle == low || middle == high { break }
            if profileScore(middle) > 0 { low = middle } else { high = middle }
        }
        let k = 0.5 * (low + high)
        let scaledPower = logTimes.reduce(0.0) { $0 + Double.exp(k * ($1 - reference)) }
        let scale = Double.exp(reference + Double.log(scaledPower / d) / k)
        return (k, scale)
    }
}
