#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Timings of repeated runs, summarised by median and 95th percentile: wall-clock time, and the
/// thread's CPU time, which leaves out the time the thread waited for a core (on a shared
/// two-core machine the wall clock alone says as much about the neighbours as about the code).
struct Timing {
    /// Wall-clock milliseconds per run, sorted.
    let wall: [Double]
    /// Thread CPU milliseconds per run, sorted.
    let cpu: [Double]

    /// Times `runs` calls of `body` (after a tenth as many warm-up calls); `body` returns a value
    /// that is kept so the optimiser cannot drop the work.
    static func measure(runs: Int, _ body: (Int) -> Int) -> Timing {
        var sink = 0
        for run in 0..<max(1, runs / 10) { sink &+= body(run) }
        let clock = ContinuousClock()
        var wall: [Double] = []
        var cpu: [Double] = []
        wall.reserveCapacity(runs)
        cpu.reserveCapacity(runs)
        for run in 0..<runs {
            let cpuStart = threadCPUMilliseconds()
            let start = clock.now
            sink &+= body(run)
            let elapsed = clock.now - start
            cpu.append(threadCPUMilliseconds() - cpuStart)
            let (seconds, attoseconds) = elapsed.components
            wall.append(Double(seconds) * 1e3 + Double(attoseconds) / 1e15)
        }
        precondition(sink != 0, "the benchmark drew nothing")
        return Timing(wall: wall.sorted(), cpu: cpu.sorted())
    }

    private static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }

    private static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        sorted[min(sorted.count - 1, Int(fraction * Double(sorted.count)))]
    }

    /// The figures, and whether the median CPU time is within `budgetMilliseconds` when given.
    func report(_ name: String, budgetMilliseconds: Double? = nil) -> String {
        let median = Self.percentile(cpu, 0.5)
        let verdict =
            budgetMilliseconds.map { median <= $0 ? " (within the \($0) ms budget)" : " (OVER the \($0) ms budget)" }
            ?? ""
        return "\(name), \(wall.count) runs:\n"
            + "  CPU  median \(format(median)) ms, p95 \(format(Self.percentile(cpu, 0.95))) ms\(verdict)\n"
            + "  wall median \(format(Self.percentile(wall, 0.5))) ms, p95 \(format(Self.percentile(wall, 0.95))) ms"
    }

    /// Milliseconds with three decimals, without Foundation's formatter.
    private func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return String(thousandths / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
