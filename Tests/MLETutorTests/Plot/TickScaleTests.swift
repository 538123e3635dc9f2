import Testing

@testable import MLETutor

@Suite struct TickScaleTests {
    /// Accepts up to `count` ticks, as a caller with room for that many labels would.
    func ticks(_ lower: Double, _ upper: Double, scale: AxisScale = .linear, count: Int) -> [AxisTick] {
        TickScale.ticks(lower: lower, upper: upper, scale: scale, maximumCount: 100) { $0.count <= count }
    }

    @Test func zeroNeedsNoPowerOfTenBesideLabelsThatHaveOne() {
        #expect(TickLabelFormatter.labels(units: [0, 2, 4, 6], exponent: -7) == ["0", "2e-7", "4e-7", "6e-7"])
        #expect(TickLabelFormatter.labels(units: [-5, 0, 5], exponent: 8) == ["-5e8", "0", "5e8"])
    }

    @Test func unitIntervalGetsTenthsOrFifths() {
        #expect(
            ticks(0, 1, count: 11).map(\.label) == [
                "0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0",
            ])
        #expect(ticks(0, 1, count: 6).map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(ticks(0, 1, count: 5).map(\.label) == ["0.00", "0.25", "0.50", "0.75", "1.00"])
        #expect(ticks(0, 1, count: 3).map(\.label) == ["0.0", "0.5", "1.0"])
    }

    @Test func valuesComeFromTheIndexWithoutDrift() throws {
        let many = TickScale.ticks(lower: 0, upper: 100, scale: .linear, maximumCount: 1000) { _ in true }
        try #require(many.count == 1001)
        #expect(many[3].value == 0.3)
        #expect(many[3].label == "0.3")
        #expect(many[700].value == 70)
    }

    @Test func stepsAreOneTwoTwoAndAHalfOrFive() {
        var step = TickScale.Step(atLeast: 0.013)
        var seen: [String] = []
        for _ in 0..<5 {
            seen.append("\(step.units)e\(step.exponent)")
            step = step.next
        }
        #expect(seen == ["2e-2", "25e-3", "5e-2", "1e-1", "2e-1"])
    }

    @Test func logAxesTickPowersOfTen() {
        #expect(ticks(0, 4, scale: .log10, count: 5).map(\.label) == ["1", "10", "100", "1000", "10000"])
        #expect(ticks(0, 2, scale: .log10, count: 9).map(\.label) == ["1", "2", "5", "10", "20", "50", "100"])
        #expect(ticks(1, 7, scale: .log10, count: 4).map(\.label) == ["100", "10000", "1e6"])
    }

    @Test func logAxesNarrowerThanADecadeFallBackToLinearTicks() {
        let labels = ticks(AxisScale.log10.transform(2), AxisScale.log10.transform(8), scale: .log10, count: 4).map(
            \.label)
        #expect(labels == ["2", "4", "6", "8"])
    }

    @Test func whenNothingFitsThereAreNoTicks() {
        #expect(TickScale.ticks(lower: 0, upper: 1, scale: .linear, maximumCount: 10) { _ in false }.isEmpty)
    }

    /// Over many random ranges and room: strictly increasing values, distinct labels, each
    /// label reading back as its value, no "-0", and every tick inside the range.
    @Test func ticksAreIncreasingDistinctAndInsideForRandomRanges() throws {
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<2000 {
            let magnitude = Double.random(in: -9...9, using: &generator)
            let scale = AxisScale.power10(magnitude)
            let lower = Double.random(in: -10...10, using: &generator) * scale
            let upper = lower + Double.random(in: 1e-6...20, using: &generator) * scale
            let room = Int.random(in: 1...30, using: &generator)
            let result = ticks(lower, upper, count: room)
            #expect(result.count <= room)
            for (a, b) in zip(result, result.dropFirst()) {
                #expect(a.value < b.value, "\(a.label) then \(b.label) in \(lower)...\(upper)")
            }
            #expect(Set(result.map(\.label)).count == result.count, "\(result.map(\.label))")
            for tick in result {
                #expect(tick.value >= lower - (upper - lower) * 1e-6 && tick.value <= upper + (upper - lower) * 1e-6)
                #expect(!(tick.label.hasPrefix("-0") && Double(tick.label) == 0), "\(tick.label)")
                let parsed = try #require(Double(tick.label))
                #expect(
                    abs(parsed - tick.value) <= max(abs(tick.value), 1e-300) * 1e-9, "\(tick.label) for \(tick.value)")
            }
            if room >= 2 && (upper - lower) / abs(upper) > 1e-9 {
                #expect(result.count >= 1, "no tick in \(lower)...\(upper) with room for \(room)")
            }
        }
    }
}
