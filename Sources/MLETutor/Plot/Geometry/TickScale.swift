/// Chooses "nice" ticks (1, 2, 2.5 or 5 × 10^k apart) for an axis: the densest set whose labels
/// the caller says fit in the room it has.
///
/// Tick values and labels are computed from the tick's index (`i × step`), never by adding the
/// step up, so a long axis does not drift into labels like 0.30000000000000004.
enum TickScale {
    /// The ticks for the transformed range `lower...upper` of an axis with `scale`. Candidates go
    /// from dense (about `maximumCount` ticks) to sparse; the first for which `fits` is true wins.
    /// Falls back to a single tick, or none, when no two labels fit.
    static func ticks(
        lower: Double,
        upper: Double,
        scale: AxisScale,
        maximumCount: Int,
        fits: ([AxisTick]) -> Bool
    ) -> [AxisTick] {
        guard lower.isFinite, upper.isFinite, lower < upper, maximumCount > 0 else { return [] }
        switch scale {
        case .linear:
            return linearTicks(lower: lower, upper: upper, maximumCount: maximumCount, fits: fits)
        case .log10:
            return logTicks(lower: lower, upper: upper, maximumCount: maximumCount, fits: fits)
        }
    }

    /// A step `units × 10^exponent` from the 1–2–2.5–5 sequence.
    struct Step: Hashable {
        var units: Int64
        var exponent: Int

        var value: Double { TickScale.value(units: units, exponent: exponent) }

        /// The smallest nice step that is at least `minimum` (which must be positive and finite).
        init(atLeast minimum: Double) {
            var step = Step(units: 1, exponent: Int(AxisScale.logarithm10(minimum).rounded(.down)))
            while step.value < minimum * (1 - 1e-12) { step = step.next }
            self = step
        }

        init(units: Int64, exponent: Int) {
            self.units = units
            self.exponent = exponent
        }

        /// The next larger nice step: 1 → 2 → 2.5 → 5 → 10.
        var next: Step {
            switch units {
            case 1: return Step(units: 2, exponent: exponent)
            case 2: return Step(units: 25, exponent: exponent - 1)
            case 25: return Step(units: 5, exponent: exponent + 1)
            default: return Step(units: 1, exponent: exponent + 1)
            }
        }
    }

    static func linearTicks(lower: Double, upper: Double, maximumCount: Int, fits: ([AxisTick]) -> Bool) -> [AxisTick] {
        let minimumStep = (upper - lower) / Double(maximumCount)
        guard minimumStep.isNormal, minimumStep < 1e300 else { return [] }
        var step = Step(atLeast: minimumStep)
        while true {
            let ticks = linearTicks(lower: lower, upper: upper, step: step)
            if ticks.count <= 1 { return fits(ticks) ? ticks : [] }
            if fits(ticks) { return ticks }
            step = step.next
        }
    }

    /// The multiples of `step` in `lower...upper`; empty when the indices would not fit in
    /// integers (a span far below the values' own precision).
    static func linearTicks(lower: Double, upper: Double, step: Step) -> [AxisTick] {
        let size = step.value
        let first = (lower / size - 1e-9).rounded(.up)
        let last = (upper / size + 1e-9).rounded(.down)
        guard abs(first) < 1e15, abs(last) < 1e15, first <= last else { return [] }
        let indices = Int64(first)...Int64(last)
        let units = indices.map { $0 * step.units }
        let labels = TickLabelFormatter.labels(units: units, exponent: step.exponent)
        return zip(units, labels).map { AxisTick(value: value(units: $0, exponent: step.exponent), label: $1) }
    }

    /// Log axes: 1–2–5 in every decade, then every decade, then every 2nd, 5th, 10th … decade;
    /// a range narrower than a decade gets linear ticks on the data values instead.
    static func logTicks(lower: Double, upper: Double, maximumCount: Int, fits: ([AxisTick]) -> Bool) -> [AxisTick] {
        let firstDecade = Int((lower - 1e-9).rounded(.down))
        let lastDecade = Int((upper + 1e-9).rounded(.up))
        guard abs(firstDecade) < 300, abs(lastDecade) < 300 else { return [] }
        let inRange = { (tick: AxisTick) -> Bool in
            let position = AxisScale.logarithm10(tick.value)
            return position >= lower - 1e-9 && position <= upper + 1e-9
        }
        var candidates: [[AxisTick]] = []
        let multiples: [Int64] = [1, 2, 5]
        candidates.append(
            (firstDecade...lastDecade).flatMap { decade in
                multiples.map {
                    AxisTick(
                        value: value(units: $0, exponent: decade),
                        label: TickLabelFormatter.label(units: $0, exponent: decade))
                }
            }.filter(inRange))
        var every = Step(units: 1, exponent: 0)
        while every.value <= Double(lastDecade - firstDecade) {
            let stride = Int(every.value)
            if Double(stride) == every.value {
                candidates.append(
                    (firstDecade...lastDecade).filter { $0 % stride == 0 }.map {
                        AxisTick(
                            value: value(units: 1, exponent: $0),
                            label: TickLabelFormatter.label(units: 1, exponent: $0))
                    }.filter(inRange))
            }
            every = every.next
        }
        if upper - lower < 1 || candidates[0].count < 2 {
            return linearTicks(lower: power10(lower), upper: power10(upper), maximumCount: maximumCount, fits: fits)
        }
        for ticks in candidates where ticks.count >= 2 && ticks.count <= maximumCount && fits(ticks) {
            return ticks
        }
        let single = candidates.last(where: { $0.count == 1 }) ?? []
        return fits(single) ? single : []
    }

    /// `units × 10^exponent` as a Double, dividing for negative exponents so that 3 × 10⁻¹ is the
    /// Double nearest to 0.3.
    static func value(units: Int64, exponent: Int) -> Double {
        exponent >= 0 ? Double(units) * power10(exponent) : Double(units) / power10(-exponent)
    }

    private static func power10(_ exponent: Int) -> Double {
        AxisScale.power10(Double(exponent))
    }

    private static func power10(_ exponent: Double) -> Double {
        AxisScale.power10(exponent)
    }
}
