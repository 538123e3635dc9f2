/// A page that fits a model by gradient descent: `s` takes one step, `g` starts or pauses
/// training, which then takes `stepsPerTick` steps on every tick until it can go no further.
protocol TrainingPage {
    var animating: Bool { get set }
    /// Whether another step would do anything (not converged, under the step limit).
    var canStep: Bool { get }
    mutating func step()
    var stepsPerTick: Int { get }
}

extension TrainingPage {
    /// Handles a tick and the keys `s` and `g`; nil for every other event.
    mutating func handleTraining(_ event: PageEvent) -> PageResponse? {
        switch event {
        case .tick:
            guard animating else { return .ignored }
            for _ in 0..<stepsPerTick where canStep { step() }
            if !canStep { animating = false }
        case .key(.character("s")):
            animating = false
            if canStep { step() }
        case .key(.character("g")):
            animating = !animating && canStep
        default:
            return nil
        }
        return .handled
    }
}
