extension YAMLMapping {
    /// A required text field that must say something: an empty prompt or explanation would
    /// leave the learner with a question or a verdict and no reason.
    func prose(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            log.error("field '\(key)' in \(what) is empty; write what the learner should read", at: value(key))
            return nil
        }
        return text
    }
}
