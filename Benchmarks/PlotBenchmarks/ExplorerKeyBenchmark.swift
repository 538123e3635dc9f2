import MLECore
@testable import MLETutor

/// One arrow-key press on `mletutor explore` (update, then the whole 200×60 frame drawn), for a
/// Gamma sample with β known: ten draws, and the same ten repeated to a million values. Their
/// curves have the same shape on screen (the range is θ̂ ± 5 standard errors), so any difference
/// would come from n itself; the likelihood comes from the summary, so there should be none.
enum ExplorerKeyBenchmark {
    static func state(sampleSize: Int) -> AppState {
        var generator = SeededGenerator(seed: 42)
        let draws = Gamma(alpha: 2.5, beta: 1).samples(10, using: &generator)
        var summary = SampleSummary(family: .gamma)
        for line in 1...sampleSize {
            try! summary.add(draws[(line - 1) % draws.count], line: line)
        }
        return .exploring(summary, fixed: ["beta": 1], source: "benchmark", options: .standard, width: 200, height: 60)
    }

    /// Timings of a key press with its frame, and of the update alone.
    static func measure(sampleSize: Int, runs: Int) -> (press: Timing, update: Timing) {
        var state = state(sampleSize: sampleSize)
        // Right and left in turn, so the slider stays in the middle of its range.
        let press = Timing.measure(runs: runs) { run in
            _ = AppUpdate.update(&state, .key(run % 2 == 0 ? .right : .left))
            return AppView.render(state).cells.count
        }
        let update = Timing.measure(runs: runs) { run in
            _ = AppUpdate.update(&state, .key(run % 2 == 0 ? .right : .left))
            return state.width
        }
        return (press, update)
    }
}
