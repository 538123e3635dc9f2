#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A parameter value the learner moves in steps along a range: the explorer's slider, the
/// optimizer's start, one coordinate of the surface's cursor.
///
/// The step is units × 10^exponent (0.01, 0.05, 2) and changes by factors of ten, so positions
/// stay on a decimal grid and print without rounding noise.
struct ParameterSlider: Sendable, Hashable {
    /// Where the slider may go, and what the plot shows.
    let range: ClosedRange<Double>
    private(set) var value: Double
    private var units: Int
    private var exponent: Int

    /// - Precondition: `step > 0`; `value` is in `range`.
    init(value: Double, step: Double, range: ClosedRange<Double>) {
        precondition(step > 0 && step.isFinite, "a slider step must be finite and > 0")
        precondition(range.contains(value), "the slider starts at \(value), outside \(range)")
        self.range = range
        self.value = value
        var exponent = Int((log10(step)).rounded(.down))
        var units = Int((step / Self.power(exponent)).rounded())
        if units >= 10 {
            units /= 10
            exponent += 1
        }
        self.units = max(1, units)
        self.exponent = exponent
    }

    var step: Double { Double(units) * Self.power(exponent) }

    /// Decimals enough to show every position on the step's grid.
    var decimals: Int { max(0, -exponent) }

    /// The value as the readout shows it.
    var text: String { NumberText.fixed(value, decimals: decimals) }

    /// The step as the readout shows it.
    var stepText: String { NumberText.fixed(step, decimals: decimals) }

    /// The position `steps` steps away, on the step's grid and inside the range.
    func moved(by steps: Int) -> Double {
        let grid = (value / step).rounded() + Double(steps)
        return min(max(grid * step, range.lowerBound), range.upperBound)
    }

    /// Moves `steps` steps unless `allowed` rejects the new position (a value outside the
    /// parameter's domain); true when it moved.
    @discardableResult
    mutating func move(by steps: Int, allowed: (Double) -> Bool = { _ in true }) -> Bool {
        let target = moved(by: steps)
        guard target != value, allowed(target) else { return false }
        value = target
        return true
    }

    /// Puts the slider at `newValue`, clamped to the range.
    mutating func set(_ newValue: Double) {
        value = min(max(newValue, range.lowerBound), range.upperBound)
    }

    /// Ten times finer, down to a millionth of the range.
    mutating func finer() {
        if Self.power(exponent - 1) * Double(units) >= (range.upperBound - range.lowerBound) * 1e-6 { exponent -= 1 }
    }

    /// Ten times coarser, up to a quarter of the range.
    mutating func coarser() {
        if Self.power(exponent + 1) * Double(units) <= (range.upperBound - range.lowerBound) / 4 { exponent += 1 }
    }

    private static func power(_ exponent: Int) -> Double {
        Double("1e\(exponent)") ?? 1
    }
}
