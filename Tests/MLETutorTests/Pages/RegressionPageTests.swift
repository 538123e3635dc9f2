import MLECore
import Testing

@testable import MLETutor

@Suite struct RegressionPageTests {
    @Test func stepsLowerTheMSEAndTheNoiseEstimateIsTheMSE() throws {
        var state = try LivePagesCourse.state(.regression)
        var previous = try #require(state.page(as: RegressionPage.self)).meanSquaredError
        for _ in 0..<10 {
            state.press(.character("s"))
            let page = try #require(state.page(as: RegressionPage.self))
            #expect(page.meanSquaredError < previous)
            previous = page.meanSquaredError
            let sigmaHat = page.line.noiseEstimate(page.x, page.y)
            #expect(abs(sigmaHat * sigmaHat - page.meanSquaredError) <= 1e-12 * page.meanSquaredError)
            let fromMSE = LinearRegression.negativeLogLikelihoodAtBestNoise(
                meanSquaredError: page.meanSquaredError, count: page.x.count)
            #expect(abs(page.negativeLogLikelihood - fromMSE) <= 1e-12 * abs(fromMSE))
        }
        #expect(state.page(as: RegressionPage.self)?.steps == 10)
    }

    @Test func closedFormJumpsToLeastSquaresAndAnimationGetsThereToo() throws {
        var state = try LivePagesCourse.state(.regression)
        state.press(.character("f"))
        let fitted = try #require(state.page(as: RegressionPage.self))
        #expect(fitted.line == fitted.leastSquares)
        #expect(AppView.render(state).description.contains("least squares (closed form)"))
        state.press(.character("r"), .character("g"))
        #expect(state.isAnimating)
        state.tickUntilIdle()
        let descended = try #require(state.page(as: RegressionPage.self))
        #expect(descended.isAtLeastSquares)
        #expect(descended.steps > 10 && descended.steps < RegressionPage.maximumSteps)
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(size: (Int, Int)) throws {
        var state = try LivePagesCourse.state(.regression, width: size.0, height: size.1)
        expectSnapshot(AppView.render(state), named: "regression-start-\(size.0)x\(size.1)")
        state.press(.character("f"))
        expectSnapshot(AppView.render(state), named: "regression-least-squares-\(size.0)x\(size.1)")
    }
}
