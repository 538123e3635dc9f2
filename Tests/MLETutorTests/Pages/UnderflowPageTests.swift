import MLECore
import Testing

@testable import MLETutor

@Suite struct UnderflowPageTests {
    @Test func saysWhereTheProductBecomesZeroAndKeepsTheLogSum() throws {
        let state = try LivePagesCourse.state(.underflow, width: 100, height: 30)
        let text = AppView.render(state).description
        #expect(text.contains("exactly 0 from n = 324 on"))
        #expect(text.contains("−2302.6"))
        #expect(text.contains("10^−1000.0"))
    }

    @Test func lessonProseComputesTheSameNumbers() throws {
        #expect(try ComputedValues.evaluate("sum-of-logs n=1000 p=0.1 digits=5") == "-2302.6")
        #expect(try ComputedValues.evaluate("first-zero-product p=0.1 digits=3") == "324")
        #expect(throws: ComputedValues.ArgumentError.self) { try ComputedValues.evaluate("first-zero-product p=1") }
    }

    @Test func keysChooseNAndP() throws {
        var state = try LivePagesCourse.state(.underflow)
        state.press(.down, .down)
        #expect(state.page(as: UnderflowPage.self)?.count == 300)
        state.press(.up, .character("k"))
        #expect(state.page(as: UnderflowPage.self)?.count == 1000)
        state.press(.character("+"))
        #expect(state.page(as: UnderflowPage.self)?.probability == 0.2)
        state.press(.character("-"), .character("-"))
        #expect(state.page(as: UnderflowPage.self)?.probability == 0.05)
        for _ in 0..<20 { state.press(.up) }
        #expect(state.page(as: UnderflowPage.self)?.count == 10_000)
        guard case .lesson(let session) = state.screen else {
            Issue.record("left the lesson")
            return
        }
        #expect(session.pageIndex == LivePagesCourse.Page.underflow.rawValue)
    }

    @Test func largeProbabilityDoesNotUnderflowAtSmallN() throws {
        var state = try LivePagesCourse.state(.underflow, width: 100, height: 30)
        for _ in 0..<4 { state.press(.character("+")) }
        #expect(state.page(as: UnderflowPage.self)?.probability == 0.99)
        let text = AppView.render(state).description
        #expect(text.contains("L = p·p·…·p = 4.32e−5"))
        state.press(.character("+"), .character("+"))
        #expect(state.page(as: UnderflowPage.self)?.probability == 0.999)
    }

    /// For p above ½ the product never reaches 0: it freezes on a subnormal value. For p = 0.9 that
    /// happens at n = 7051 on 2.5e−323 (reference: the same loop in Python's IEEE doubles), and
    /// the page says so instead of claiming a zero.
    @Test func productAboveOneHalfFreezesAboveZeroAndThePageSaysSo() throws {
        let product = ProductOfProbabilities(probability: 0.9)
        #expect(product.firstFrozen(limit: 100_000) == 7051)
        #expect(product.firstZero(limit: 100_000) == nil)
        #expect(product.directProduct(count: 7051) == product.directProduct(count: 100_000))
        #expect(product.directProduct(count: 100_000) == 5 * Double.leastNonzeroMagnitude)
        #expect(ProductOfProbabilities(probability: 0.5).firstFrozen(limit: 100_000) == nil)
        #expect(ProductOfProbabilities(probability: 0.5).firstZero(limit: 100_000) == 1075)
        #expect(ProductOfProbabilities(probability: 0.999).firstFrozen(limit: 10_000_000) == 737_742)
        #expect(ProductOfProbabilities(probability: 1).firstFrozen(limit: 100) == nil)
        var state = try LivePagesCourse.state(.underflow, width: 100, height: 30)
        state.press(.character("+"), .character("+"), .character("+"))
        for _ in 0..<20 { state.press(.up) }
        let text = AppView.render(state).description
        #expect(text.contains("never 0: stuck from n = 7051 on"))
        #expect(!text.contains("exactly 0"))
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(size: (Int, Int)) throws {
        var state = try LivePagesCourse.state(.underflow, width: size.0, height: size.1)
        expectSnapshot(AppView.render(state), named: "underflow-p0.1-n1000-\(size.0)x\(size.1)")
        state.press(.down, .down, .down)
        var ascii = state
        ascii.options = .ascii
        expectSnapshot(AppView.render(ascii), named: "underflow-p0.1-n200-ascii-\(size.0)x\(size.1)")
    }
}
