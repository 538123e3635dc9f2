@testable import MLETutor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The plots the benchmark draws: what the likelihood explorer and the surface explorer show.
enum BenchmarkScenes {
    /// Binomial likelihood of k = 7 successes in n = 10 trials: L(p) = C(10,7) p⁷ (1 − p)³.
    static func binomialLikelihood(_ p: Double) -> Double {
        120 * pow(p, 7) * pow(1 - p, 3)
    }

    /// The explorer: the curve, the slider's line, the peak at p̂ = 0.7, axes.
    static func explorer(slider: Double) -> Plot {
        Plot(
            x: PlotAxis(title: "p", range: 0...1),
            y: PlotAxis(title: "L(p)"),
            series: [
                .curve(color: .cyan, label: "L(p)", binomialLikelihood),
                .verticalLine(x: slider, color: .yellow, label: "slider"),
                .marker(PlotPoint(0.7, binomialLikelihood(0.7)), marker: .diamond, color: .red, text: "p̂ = 0.7"),
            ])
    }

    /// A normal log-likelihood surface ℓ(μ, σ) for 50 points with mean 2 and variance 1.5, as a
    /// heatmap with five contours, a cursor and the peak.
    static func surface() -> Plot {
        let n = 50.0
        let mean = 2.0
        let variance = 1.5
        let logLikelihood: @Sendable (Double, Double) -> Double = { mu, sigma in
            guard sigma > 0 else { return -.infinity }
            let squares = variance + (mean - mu) * (mean - mu)
            return -n * log(sigma) - n * squares / (2 * sigma * sigma)
        }
        let peak = logLikelihood(mean, variance.squareRoot())
        return Plot(
            x: PlotAxis(title: "μ", range: 1...3),
            y: PlotAxis(title: "σ", range: 0.6...2.2),
            series: [
                .surface(
                    Surface(
                        valueRange: (peak - 12)...peak,
                        contourLevels: [peak - 1.92, peak - 4, peak - 6, peak - 8, peak - 10],
                        logLikelihood)),
                .marker(PlotPoint(1.5, 1.5), marker: .plus, color: .white, text: nil),
                .marker(PlotPoint(mean, variance.squareRoot()), marker: .star, color: .red, text: "peak"),
            ])
    }
}
