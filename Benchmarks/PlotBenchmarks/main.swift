@testable import MLETutor

/// Plot benchmarks, release mode: `swift run --package-path Benchmarks -c release PlotBenchmarks`; the last two figures are
/// an arrow-key press on `mletutor explore` with 10 and with 1,000,000 values.
///
/// `--print-curve` draws the likelihood explorer once and prints the frame (for timing the
/// whole process against plotext); `--print-surface` does the same for the surface explorer.
/// `--width`, `--height` set the size (200×60 by default), `--ascii` the ASCII canvas;
/// `--runs N` multiplies the number of timed runs (for a profiler).
let arguments = CommandLine.arguments.dropFirst()

func number(after flag: String, default fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: flag), arguments.index(after: index) < arguments.endIndex,
        let value = Int(arguments[arguments.index(after: index)])
    else { return fallback }
    return value
}

let width = number(after: "--width", default: 200)
let height = number(after: "--height", default: 60)
let repeats = number(after: "--runs", default: 1)
let options = arguments.contains("--ascii") ? DisplayOptions.ascii : DisplayOptions.standard

if arguments.contains("--print-curve") || arguments.contains("--print-surface") {
    let plot = arguments.contains("--print-curve") ? BenchmarkScenes.explorer(slider: 0.45) : BenchmarkScenes.surface()
    var buffer = TextBuffer(width: width, height: height)
    plot.draw(into: &buffer, in: buffer.bounds, options: options)
    print(buffer.description)
} else {
    // One buffer for all runs, so that the figures time the drawing, not allocating a buffer.
    var buffer = TextBuffer(width: 200, height: 60)
    let explorer = Timing.measure(runs: 2000 * repeats) { run in
        // A new slider position every run, as when the learner holds an arrow key.
        let plot = BenchmarkScenes.explorer(slider: Double(run % 100) / 100)
        plot.draw(into: &buffer, in: buffer.bounds, options: .standard)
        return buffer.cells.count
    }
    let clearing = Timing.measure(runs: 2000 * repeats) { run in
        buffer.fill(buffer.bounds, with: Cell(run % 2 == 0 ? " " : "x"))
        return buffer.cells.count
    }
    print(clearing.report("for scale: overwriting every cell of the 200×60 buffer (TextBuffer.fill)"))
    print(explorer.report("explorer plot 200×60 (curve, cursor line, peak marker, axes)", budgetMilliseconds: 0.2))
    let surface = Timing.measure(runs: 300 * repeats) { _ in
        BenchmarkScenes.surface().draw(into: &buffer, in: buffer.bounds, options: .standard)
        return buffer.cells.count
    }
    print(surface.report("heatmap 200×60 with 5 contours, cursor, peak, colour bar", budgetMilliseconds: 2))
    for size in [10, 1_000_000] {
        let (press, update) = ExplorerKeyBenchmark.measure(sampleSize: size, runs: 2000 * repeats)
        print(
            press.report(
                "explore: one arrow key, update and view at 200×60, gamma n = \(size)", budgetMilliseconds: 0.5))
        print(update.report("  of which the update alone"))
    }
}
