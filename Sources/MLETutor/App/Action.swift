/// Something that happened to the tutor, named for what it was, not for what it should cause.
enum Action: Hashable, Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// A beat of the animation clock.
    case tick
    /// Saving progress failed, for `reason` in words; the run loop reports it.
    case saveFailed(reason: String)
    /// Progress was saved.
    case saveSucceeded
}

/// Work the run loop carries out for `update`, which itself touches nothing outside the state.
enum Effect: Hashable, Sendable {
    case saveProgress(LearnerProgress)
    case quit
}

extension Effect {
    var isSave: Bool {
        if case .saveProgress = self { return true }
        return false
    }
}
