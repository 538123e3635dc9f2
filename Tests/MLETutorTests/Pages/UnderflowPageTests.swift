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
        for _ in 0..<5 { state.press(.character("+")) }
        #expect(state.page(as: UnderflowPage.self)?.probability == 0.99)
        let text = AppView.render(state).description
        #expect(text.contains("L = p·p·…·p = 4.32e−5"))
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
