/// Wall-clock timings of repeated runs, summarised by median and 95th percentile.
struct Timing {
    /// Milliseconds per run, sorted.
    let milliseconds: [Double]

    /// Times `runs` calls of `body` (after a tenth as many warm-up calls); `body` returns a value
    /// that is kept so the optimiser cannot drop the work.
    static func measure(runs: Int, _ body: (Int) -> Int) -> Timing {
        var sink = 0
        for run in 0..<max(1, runs / 10) { sink &+= body(run) }
        let clock = ContinuousClock()
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for run in 0..<runs {
            let start = clock.now
            sink &+= body(run)
            let elapsed = clock.now - start
            let (seconds, attoseconds) = elapsed.components
            samples.append(Double(seconds) * 1e3 + Double(attoseconds) / 1e15)
        }
        precondition(sink != 0, "the benchmark drew nothing")
        return Timing(milliseconds: samples.sorted())
    }

    func percentile(_ fraction: Double) -> Double {
        milliseconds[min(milliseconds.count - 1, Int(fraction * Double(milliseconds.count)))]
    }

    func report(_ name: String, budgetMilliseconds: Double) -> String {
        let median = percentile(0.5)
        let verdict = median <= budgetMilliseconds ? "within" : "OVER"
        return "\(name): median \(format(median)) ms, p95 \(format(percentile(0.95))) ms over \(milliseconds.count) runs (\(verdict) the \(budgetMilliseconds) ms budget)"
    }

    /// Milliseconds with three decimals, without Foundation's formatter.
    private func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return String(thousandths / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
