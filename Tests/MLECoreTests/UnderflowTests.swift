import MLECore
import RealModule
import Testing

struct UnderflowTests {
    /// 0.1 multiplied 323 times is a subnormal number; once more and it is exactly 0.
    @Test func productOfTenthsReachesZeroAt324() {
        let tenths = ProductOfProbabilities(probability: 0.1)
        #expect(tenths.directProduct(count: 323) > 0)
        #expect(tenths.directProduct(count: 323) < Double.leastNormalMagnitude)
        #expect(tenths.directProduct(count: 324) == 0)
        #expect(tenths.firstZero(limit: 10_000) == 324)
        #expect(tenths.directProduct(count: 1000) == 0)
    }

    /// 1000 × log 0.1 = −2302.585092994046 (1000 · ln 10, to 1e-12 relative).
    @Test func logSumStaysFinite() {
        let sum = ProductOfProbabilities(probability: 0.1).logSum(count: 1000)
        #expect(abs(sum + 2302.585092994046) <= 1e-12 * 2302.6)
    }

    @Test func log10sFollowTheProductAndBecomeMinusInfinity() throws {
        let half = ProductOfProbabilities(probability: 0.5)
        let logs = half.directProductLog10s(upTo: 1100)
        #expect(logs.count == 1101)
        #expect(abs(logs[10] + 10 * Double.log10(2)) < 1e-12)
        let zero = try #require(half.firstZero(limit: 2000))
        #expect(zero == 1075)
        #expect(logs[zero - 1].isFinite && logs[zero] == -.infinity)
        #expect(ProductOfProbabilities(probability: 1).firstZero(limit: 100) == nil)
    }
}
