import Yams

/// The fields of one YAML mapping in a lesson file, read with located error messages.
///
/// Unknown fields are reported when the mapping is opened; a missing or mistyped field is
/// reported when it is read, and the reader returns nil so decoding can go on and find more.
final class YAMLMapping {
    let node: Node
    let what: String
    let log: DiagnosticLog
    private let pairs: [(key: Node, value: Node)]

    /// Opens `node` as the mapping called `what` in messages ("lesson", "page 2").
    /// Reports and returns nil when `node` is not a mapping.
    init?(_ node: Node, what: String, allowedKeys: [String], log: DiagnosticLog) {
        guard case .mapping(let mapping) = node else {
            log.error("expected a mapping of fields for \(what)", at: node)
            return nil
        }
        self.node = node
        self.what = what
        self.log = log
        self.pairs = mapping.map { (key: $0.key, value: $0.value) }
        for pair in pairs {
            let key = pair.key.string ?? ""
            guard !allowedKeys.contains(key) else { continue }
            log.error(
                "unknown field '\(key)' in \(what)"
                    + suggestion(for: key, among: allowedKeys, listedAs: "expected one of"),
                at: pair.key)
        }
    }

    /// The value node of `key`, if the field is present.
    func value(_ key: String) -> Node? {
        pairs.first { $0.key.string == key }?.value
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// Reports that the required field `key` is missing.
    private func missing(_ key: String) {
        log.error("missing field '\(key)' in \(what)", at: node)
    }

    /// A required text field.
    func string(_ key: String) -> String? {
        guard let value = value(key) else {
            missing(key)
            return nil
        }
        return text(value, key: key)
    }

    /// An optional text field.
    func optionalString(_ key: String) -> String? {
        value(key).flatMap { text($0, key: key) }
    }

    private func text(_ value: Node, key: String) -> String? {
        guard case .scalar(let scalar) = value else {
            log.error("field '\(key)' in \(what) must be text", at: value)
            return nil
        }
        if let hidden = scalar.string.unicodeScalars.first(where: VisibleText.isHidden) {
            log.error(HiddenCharacters.message(VisibleText.spelling(of: hidden)), at: value)
            return nil
        }
        return scalar.string
    }

    /// Reports that `name`, given in the field `key`, is not one of `choices` (a `kind` such as
    /// "family"), suggesting the closest choice or listing them all.
    func reportUnknown(_ kind: String, _ name: String, among choices: [String], field key: String) {
        log.error(
            "unknown \(kind) '\(name)' in \(what)" + suggestion(for: name, among: choices, listedAs: "expected one of"),
            at: value(key))
    }

    /// An optional whole-number field within `range`.
    func optionalInt(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = value(key) else { return nil }
        guard let number = value.int, range.contains(number) else {
            log.error(
                "field '\(key)' in \(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value.string ?? "a list")'",
                at: value)
            return nil
        }
        return number
    }

    /// An optional number field within `range`.
    func optionalDouble(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let value = value(key) else { return nil }
        guard let number = value.float, number.isFinite, range.contains(number) else {
            log.error(
                "field '\(key)' in \(what) must be a number from \(range.lowerBound) to \(range.upperBound), not '\(value.string ?? "a list")'",
                at: value)
            return nil
        }
        return number
    }

    /// The two finite numbers of a field written `[a, b]`, or nil when the field is not that
    /// (the caller reports it, in words that say what the pair means).
    func numberPair(_ key: String) -> (Double, Double)? {
        guard case .sequence(let items)? = value(key), items.count == 2,
            let first = items[0].float, let second = items[1].float, first.isFinite, second.isFinite
        else { return nil }
        return (first, second)
    }

    /// An optional true/false field.
    func optionalBool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let flag = value.bool else {
            log.error("field '\(key)' in \(what) must be true or false, not '\(value.string ?? "a list")'", at: value)
            return nil
        }
        return flag
    }

    /// A required list field; `allowEmpty: false` reports an empty list.
    func sequence(_ key: String, allowEmpty: Bool = true) -> [Node]? {
        guard let value = value(key) else {
            missing(key)
            return nil
        }
        return list(value, key: key, allowEmpty: allowEmpty)
    }

    /// An optional list field.
    func optionalSequence(_ key: String) -> [Node]? {
        value(key).flatMap { list($0, key: key, allowEmpty: true) }
    }

    private func list(_ value: Node, key: String, allowEmpty: Bool) -> [Node]? {
        guard case .sequence(let sequence) = value else {
            log.error("field '\(key)' in \(what) must be a list", at: value)
            return nil
        }
        let items = Array(sequence)
        if items.isEmpty && !allowEmpty {
            log.error("field '\(key)' in \(what) must not be empty", at: value)
        }
        return items
    }
}

extension YAMLMapping {
    /// `text` with its `{{…}}` values computed (for `prose`, with real minus signs); problems are
    /// reported at `node`.
    func expandComputedValues(_ text: String, at node: Node?, prose: Bool = true) -> String {
        ComputedValues.expand(text, prose: prose) { problem in
            log.error("\(problem) in \(what)", at: node)
        }
    }
}

/// What to add to a message about an unknown name: the likely intended one, or the whole list.
func suggestion(for name: String, among names: [String], listedAs label: String) -> String {
    if let guess = closestMatch(to: name, among: names) { return "; did you mean '\(guess)'?" }
    return "; \(label): \(names.joined(separator: ", "))"
}

/// The candidate within two edits of `word`, if there is one: a likely typo's intended spelling.
func closestMatch(to word: String, among candidates: [String]) -> String? {
    candidates
        .map { (candidate: $0, distance: editDistance(word, $0)) }
        .filter { $0.distance <= 2 }
        .min { $0.distance < $1.distance }?
        .candidate
}

/// The Levenshtein distance between two words.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        previous = current
    }
    return previous[b.count]
}
