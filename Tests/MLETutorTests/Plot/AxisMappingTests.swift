import Testing

@testable import MLETutor

@Suite struct AxisMappingTests {
    let axis = AxisMapping(lower: 0, upper: 10, count: 5, scale: .linear, flipped: false)

    @Test func limitsLandInTheFirstAndLastPixel() {
        #expect(axis.pixel(of: 0) == 0)
        #expect(axis.pixel(of: 10) == 4)
        #expect(axis.pixel(of: 1.99) == 0)
        #expect(axis.pixel(of: 2) == 1)
    }

    @Test func valuesOutsideOrNotFiniteHaveNoPixel() {
        #expect(axis.pixel(of: -0.001) == nil)
        #expect(axis.pixel(of: 10.001) == nil)
        #expect(axis.pixel(of: .nan) == nil)
        #expect(axis.pixel(of: .infinity) == nil)
    }

    @Test func farOutTransformedValuesAreClampedNotTrapped() {
        #expect(axis.pixel(ofTransformed: 1e300) == 4)
        #expect(axis.pixel(ofTransformed: -1e300) == 0)
    }

    @Test func flippedAxesPutTheUpperLimitInPixelZero() {
        let rows = AxisMapping(lower: 0, upper: 1, count: 4, scale: .linear, flipped: true)
        #expect(rows.pixel(of: 1) == 0)
        #expect(rows.pixel(of: 0) == 3)
        #expect(rows.transformedCenter(ofPixel: 0) == 0.875)
    }

    @Test func aValuesPixelHasTheNearestCentre() throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let value = Double.random(in: 0...10, using: &generator)
            let pixel = try #require(axis.pixel(of: value))
            let nearest = (0..<axis.count).min {
                abs(axis.transformedCenter(ofPixel: $0) - value) < abs(axis.transformedCenter(ofPixel: $1) - value)
            }
            #expect(
                abs(axis.transformedCenter(ofPixel: pixel) - value) <= abs(
                    axis.transformedCenter(ofPixel: nearest!) - value) + 1e-12)
        }
    }

    @Test func logScaleMapsDecadesEvenly() {
        let decades = AxisMapping(lower: 0, upper: 3, count: 3, scale: .log10, flipped: false)
        #expect(decades.pixel(of: 1) == 0)
        #expect(decades.pixel(of: 15) == 1)
        #expect(decades.pixel(of: 1000) == 2)
        #expect(decades.pixel(of: 0) == nil)
        #expect(decades.pixel(of: -5) == nil)
        #expect(AxisScale.log10.transform(1000) == 3)
        #expect(AxisScale.log10.inverse(2) == 100)
    }
}
