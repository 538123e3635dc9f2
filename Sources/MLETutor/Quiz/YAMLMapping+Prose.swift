extension YAMLMapping {
    /// A required text field that must say something, its `{{…}}` values computed: an empty
    /// prompt or explanation would leave the learner with a question or a verdict and no reason.
    func prose(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            log.error("field '\(key)' in \(what) is empty; write what the learner should read", at: value(key))
            return nil
        }
        return expandComputedValues(text, at: value(key))
    }

    /// An optional text field with its `{{…}}` values computed.
    func optionalProse(_ key: String) -> String? {
        optionalString(key).map { expandComputedValues($0, at: value(key)) }
    }
}
