/// One entry of the key help bar and the help overlay: the keys and what they do.
struct KeyHint: Hashable, Sendable {
    var keys: String
    var action: String

    init(_ keys: String, _ action: String) {
        self.keys = keys
        self.action = action
    }
}
