import Foundation

@testable import MLETutor

/// The plots the tutor's pages will draw, with fixed data, for snapshot and robustness tests.
enum PlotScene: String, CaseIterable, Sendable {
    case explorer, logLikelihood, newton, surface, classifier, regression, histogram, logAxis, peaked

    /// Binomial log-likelihood of `k` successes in `n` trials, without the constant.
    static func binomialLogLikelihood(_ p: Double, n: Double, k: Double) -> Double {
        k * log(p) + (n - k) * log(1 - p)
    }

    var plot: Plot {
        switch self {
        case .explorer:
            let likelihood: @Sendable (Double) -> Double = { p in 120 * pow(p, 7) * pow(1 - p, 3) }
            return Plot(
                x: PlotAxis(title: "θ", range: 0...1),
                y: PlotAxis(title: "L(θ)"),
                series: [
                    .curve(color: .cyan, label: "L(θ)", likelihood),
                    .verticalLine(x: 0.45, color: .yellow, label: "slider"),
                    .marker(PlotPoint(0.7, likelihood(0.7)), marker: .diamond, color: .red, text: "θ̂ = 0.7"),
                ])
        case .logLikelihood:
            let logLikelihood: @Sendable (Double) -> Double = { Self.binomialLogLikelihood($0, n: 10, k: 7) }
            let peak = logLikelihood(0.7)
            let slope = 7 / 0.4 - 3 / 0.6
            return Plot(
                x: PlotAxis(title: "θ", range: 0.05...0.99),
                y: PlotAxis(title: "ℓ(θ)", range: (peak - 8)...(peak + 1)),
                series: [
                    .curve(color: .cyan, label: "ℓ(θ)", logLikelihood),
                    .horizontalLine(y: peak - 1.92, color: .green, label: "ℓ̂ − 1.92"),
                    .tangent(atX: 0.4, value: logLikelihood(0.4), slope: slope, halfWidth: 0.12, label: "tangent"),
                ])
        case .newton:
            let logLikelihood: @Sendable (Double) -> Double = { Self.binomialLogLikelihood($0, n: 10, k: 7) }
            let at = 0.4
            let slope = 7 / at - 3 / (1 - at)
            let curvature = -7 / (at * at) - 3 / ((1 - at) * (1 - at))
            let iterates = [0.4, 0.5714, 0.6737, 0.6988, 0.7].map { PlotPoint($0, logLikelihood($0)) }
            return Plot(
                x: PlotAxis(title: "θ", range: 0.2...0.95),
                y: PlotAxis(title: "ℓ(θ)"),
                series: [
                    .curve(color: .cyan, label: "ℓ(θ)", logLikelihood),
                    .parabola(
                        atX: at, value: logLikelihood(at), slope: slope, curvature: curvature, halfWidth: 0.2,
                        label: "Newton's model"),
                    .iterates(iterates, color: .yellow, label: "iterates"),
                ])
        case .surface:
            let surface: @Sendable (Double, Double) -> Double = { mu, sigma in
                sigma > 0 ? -50 * log(sigma) - 50 * (1.5 + (2 - mu) * (2 - mu)) / (2 * sigma * sigma) : -.infinity
            }
            let peak = surface(2, 1.5.squareRoot())
            return Plot(
                x: PlotAxis(title: "μ", range: 1...3),
                y: PlotAxis(title: "σ", range: 0.6...2.2),
                series: [
                    .surface(Surface(valueRange: (peak - 12)...peak, contourLevels: [peak - 1.92, peak - 6], surface)),
                    .iterates(
                        [PlotPoint(1.2, 0.8), PlotPoint(1.6, 1.1), PlotPoint(1.9, 1.2), PlotPoint(2, 1.22)],
                        color: .white, label: nil),
                    .marker(PlotPoint(2, 1.5.squareRoot()), marker: .star, color: .red, text: "peak"),
                    .marker(PlotPoint(2.6, 1.8), marker: .plus, color: .white, text: nil),
                ])
        case .classifier:
            var generator = SplitMix64(seed: 4)
            let cloud = { (x: Double, y: Double, generator: inout SplitMix64) in
                (0..<25).map { _ in
                    PlotPoint(
                        x + Double.random(in: -1.2...1.2, using: &generator),
                        y + Double.random(in: -1.2...1.2, using: &generator))
                }
            }
            let zeros = cloud(-1, -0.5, &generator)
            let ones = cloud(1, 0.8, &generator)
            let probability: @Sendable (Double, Double) -> Double = { x, y in 1 / (1 + exp(-(1.6 * x + 1.2 * y - 0.2)))
            }
            return Plot(
                x: PlotAxis(title: "x₁", range: -3...3),
                y: PlotAxis(title: "x₂", range: -3...3),
                series: [
                    .surface(Surface(valueRange: 0...1, colorScale: .diverging, contourLevels: [0.5], probability)),
                    .points(zeros, marker: .circle, color: .blue, label: "y = 0"),
                    .points(ones, marker: .cross, color: .red, label: "y = 1"),
                ])
        case .regression:
            var generator = SplitMix64(seed: 9)
            let points = (0..<20).map { index -> PlotPoint in
                let x = Double(index) / 2
                return PlotPoint(x, 1.5 + 0.8 * x + Double.random(in: -1.5...1.5, using: &generator))
            }
            let fitted = { (x: Double) in 1.5 + 0.8 * x }
            return Plot(
                x: PlotAxis(title: "x"),
                y: PlotAxis(title: "y"),
                series: [
                    .segments(
                        points.map { ($0, PlotPoint($0.x, fitted($0.x))) }, color: .brightBlack, label: "residuals"),
                    .line([PlotPoint(0, fitted(0)), PlotPoint(9.5, fitted(9.5))], color: .green, label: "fit"),
                    .points(points, marker: .circle, color: .cyan, label: "data"),
                ])
        case .histogram:
            var generator = SplitMix64(seed: 21)
            let edges = stride(from: -3.0, through: 3.0, by: 0.5).map { $0 }
            var counts = [Double](repeating: 0, count: edges.count - 1)
            for _ in 0..<400 {
                let sum = (0..<12).reduce(0.0) { total, _ in total + Double.random(in: 0...1, using: &generator) } - 6
                if let bin = edges.indices.dropLast().first(where: { edges[$0] <= sum && sum < edges[$0 + 1] }) {
                    counts[bin] += 1
                }
            }
            let density = counts.map { $0 / (400 * 0.5) }
            return Plot(
                x: PlotAxis(title: "θ̂"),
                y: PlotAxis(title: "density"),
                series: [
                    .histogram(edges: edges, heights: density, color: .blue, label: "400 fits"),
                    .curve(color: .yellow, label: "normal") { x in exp(-x * x / 2) / (2 * Double.pi).squareRoot() },
                ])
        case .logAxis:
            let sizes = [10.0, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]
            let estimates = sizes.enumerated().map { index, n in
                PlotPoint(n, 0.7 + (index.isMultiple(of: 2) ? 1 : -1) * 0.9 / n.squareRoot())
            }
            return Plot(
                x: PlotAxis(title: "n", scale: .log10),
                y: PlotAxis(title: "θ̂"),
                series: [
                    .horizontalLine(y: 0.7, color: .green, label: "θ = 0.7"),
                    .line(estimates, color: .cyan, label: nil),
                    .points(estimates, marker: .circle, color: .cyan, label: "θ̂ at n"),
                ])
        case .peaked:
            // n = 1000: L itself underflows to 0 everywhere; L/L(θ̂) stays between 0 and 1.
            let peak = Self.binomialLogLikelihood(0.7, n: 1000, k: 700)
            return Plot(
                x: PlotAxis(title: "θ", range: 0...1),
                y: PlotAxis(title: "L(θ)/L(θ̂)"),
                series: [
                    .relativeLikelihood(maximum: peak, label: "n = 1000") {
                        Self.binomialLogLikelihood($0, n: 1000, k: 700)
                    }
                ])
        }
    }
}
