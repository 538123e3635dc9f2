import MLECore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The stretch of a parameter a page shows when the lesson (or the command line) does not say:
/// θ̂ ± 5 standard errors on a round grid, inside the parameter's domain as its family describes it.
enum ParameterRange {
    static func around(_ estimate: ParameterEstimate?, domain: ParameterDomain) -> ClosedRange<Double> {
        guard let estimate, estimate.value.isFinite else {
            switch domain {
            case .openUnitInterval: return 0...1
            case .realLine: return -1...1
            case .positive: return 0...2
            }
        }
        let value = estimate.value
        var spread = 5 * estimate.standardError
        if !(spread > 0) || !spread.isFinite { spread = max(abs(value) / 2, 0.1) }
        var lower = value - spread
        var upper = value + spread
        switch domain {
        case .openUnitInterval:
            lower = max(0, lower)
            upper = min(1, upper)
            if upper - lower > 0.5 { return 0...1 }
        case .realLine:
            break
        case .positive:
            lower = max(0, lower)
        }
        let grid = 10 * niceStep(for: upper - lower)
        return (lower / grid).rounded(.down) * grid...(upper / grid).rounded(.up) * grid
    }

    /// About a hundredth of the range, rounded to 1, 2 or 5 × 10^k.
    static func niceStep(for width: Double) -> Double {
        let raw = max(width, 1e-12) / 100
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let units: Double = fraction < 1.5 ? 1 : (fraction < 3.5 ? 2 : (fraction < 7.5 ? 5 : 10))
        return units * magnitude
    }

    /// Where a slider starts when nobody says: the middle of the range, or a quarter of the way
    /// along when the middle is within a standard error of θ̂, so there is a peak to find.
    static func start(in range: ClosedRange<Double>, step: Double, estimate: ParameterEstimate?) -> Double {
        let centre = middle(of: range, step: step)
        guard let estimate, abs(centre - estimate.value) < max(estimate.standardError, step) else { return centre }
        let quarter = ((range.lowerBound + (range.upperBound - range.lowerBound) / 4) / step).rounded() * step
        return min(max(quarter, range.lowerBound), range.upperBound)
    }

    /// A slider over θ̂ ± 5 standard errors of free parameter `index`, starting where `start` says.
    static func slider(for model: any LikelihoodSource, index: Int) -> ParameterSlider {
        let estimate = model.estimate(index)
        let range = around(estimate, domain: model.domain(index))
        let step = niceStep(for: range.upperBound - range.lowerBound)
        return ParameterSlider(value: start(in: range, step: step, estimate: estimate), step: step, range: range)
    }

    /// The middle of the range on the step's grid.
    static func middle(of range: ClosedRange<Double>, step: Double) -> Double {
        let centre = ((range.lowerBound + range.upperBound) / 2 / step).rounded() * step
        return min(max(centre, range.lowerBound), range.upperBound)
    }
}
