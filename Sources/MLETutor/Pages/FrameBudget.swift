/// What one frame of an animated page may compute, so that `lint` rejects lesson values that
/// would freeze the tutor, stating the estimate.
///
/// The figure is conservative: about 10⁸ simple random draws a second in a release build
/// (`Benchmarks/`), so two million draws take about 20 ms of the 50 ms between frames.
enum FrameBudget {
    /// The most random draws one frame may make.
    static let drawsPerFrame = 2_000_000
    /// Draws a second assumed for the time estimate.
    static let drawsPerSecond = 100_000_000.0

    /// Why a simulation page with `sampleSize` would overrun its frame, or nil when it fits.
    static func simulationProblem(study: SimulationStudy, sampleSize: Int) -> String? {
        // Consistency draws `chunk` values a frame whatever the sample size.
        guard study != .consistency else { return nil }
        let (draws, overflow) = study.chunk.multipliedReportingOverflow(by: sampleSize)
        guard overflow || draws > drawsPerFrame else { return nil }
        let seconds = Double(study.chunk) * Double(sampleSize) / drawsPerSecond
        let largest = drawsPerFrame / study.chunk
        return
            "sample-size \(sampleSize) makes the \(study.rawValue) study draw \(study.chunk) × \(sampleSize) values a frame, about \(Int((seconds * 1000).rounded())) ms where a frame has 50 ms; use a sample-size of at most \(largest)"
    }
}
