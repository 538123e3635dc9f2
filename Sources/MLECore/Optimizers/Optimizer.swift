/// A steppable optimizer over a likelihood problem: the tutor's animation calls `step()` once per
/// frame, `fit` and the tests call `run()`; both walk the same path.
public protocol Optimizer: Sendable {
    /// The problem being climbed.
    associatedtype Problem: LikelihoodProblem

    /// The problem being climbed.
    var problem: Problem { get }

    /// The latest point.
    var current: Iterate { get }

    /// `.running` until a stopping criterion holds, then why it stopped.
    var diagnosis: Diagnosis { get }

    /// Takes one step and returns the new point; once stopped, returns `current` unchanged.
    mutating func step() -> Iterate
}

extension Optimizer {
    /// Steps until the diagnosis is no longer `.running` and returns the last point.
    ///
    /// - Complexity: at most the stopping rule's `maxIterations` steps, each O(1) for a summary-based problem.
    public mutating func run() -> Iterate {
        while !diagnosis.isFinished {
            _ = step()
        }
        return current
    }
}
