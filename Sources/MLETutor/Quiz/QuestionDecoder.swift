import Yams

/// Reads one question of a quiz page and checks it the way lint does: a single choice has exactly
/// one correct option, every option explains itself, a numeric answer has a tolerance, and a
/// seeded question names a generator that exists.
///
/// Each question has a `type` and a `prompt`, optionally a `hint`, what to `revisit` (a page of
/// this lesson by number, or another lesson by id) and the
/// number of `tries`, plus the fields of its type (`QuestionDecoder.typeFields`).
struct QuestionDecoder {
    let log: DiagnosticLog

    var registry: QuestionTypeRegistry = .standard

    static let commonFields = ["type", "id", "prompt", "hint", "revisit", "tries"]

    /// Options beyond nine could not be picked with a digit key.
    static let maximumOptions = 9

    /// The question in `node`, called `what` in messages, its id unique among `taken` (and
    /// derived ones avoiding `written`); nil after reporting any problem.
    func decode(_ node: Node, what: String, number: Int, written: Set<String>, taken: inout Set<String>) -> Question? {
        guard let type = questionType(of: node, what: what),
            let fields = YAMLMapping(node, what: what, allowedKeys: Self.commonFields + type.fields, log: log)
        else { return nil }
        let errorsBefore = log.diagnostics.count
        var text = QuestionText(fields: fields)
        var others = taken.union(fields.value("id") == nil ? written : [])
        let id = fields.stableID(derivedFrom: text.prompt, fallback: "question-\(number)", taken: &others)
        if let id { taken.insert(id) }
        let format = type.decode(fields, &text)
        let prompt = text.prompt
        let hint = text.hint
        let revisitLesson = lessonReference(fields)
        let revisit = revisitLesson == nil ? fields.optionalInt("revisit", in: 1...999) : nil
        let tries = fields.optionalInt("tries", in: 1...9) ?? type.defaultTries
        guard log.diagnostics.count == errorsBefore, let id, let format, let prompt else { return nil }
        return Question(
            id: id, prompt: MarkdownDocument(parsing: prompt), format: format,
            hint: hint.map(MarkdownDocument.init(parsing:)), revisit: revisit,
            revisitLocation: log.location(of: fields.value("revisit")), tries: tries, revisitLesson: revisitLesson)
    }

    /// `revisit: LESSON-ID`, a lesson of the course (checked to exist once the course has loaded);
    /// nil when the field is absent or a page number.
    private func lessonReference(_ fields: YAMLMapping) -> LessonReference? {
        guard let node = fields.value("revisit"), node.int == nil, let text = node.string, !text.isEmpty,
            text.first?.isNumber == false
        else { return nil }
        guard LessonParser.isValidID(text) else {
            log.error(
                "field 'revisit' in \(fields.what) must be a page number of this lesson or a lesson id, not '\(text)'",
                at: node)
            return nil
        }
        return LessonReference(id: text)
    }

    /// The `type` field's question type, reported at the field when missing or unknown.
    private func questionType(of node: Node, what: String) -> QuestionType? {
        guard case .mapping(let mapping) = node else {
            log.error("expected a mapping of fields for \(what)", at: node)
            return nil
        }
        guard let typeNode = mapping["type"] else {
            log.error("missing field 'type' in \(what); one of: \(registry.names.joined(separator: ", "))", at: node)
            return nil
        }
        let name = typeNode.string ?? ""
        guard let type = registry.type(named: name) else {
            log.error(
                "unknown question type '\(name)' in \(what)"
                    + suggestion(for: name, among: registry.names, listedAs: "one of"), at: typeNode)
            return nil
        }
        return type
    }
}

/// The prose of a question, its `{{…}}` values computed; a seeded question then fills its
/// `{placeholders}` before it is parsed.
struct QuestionText {
    var prompt: String?
    var hint: String?

    init(fields: YAMLMapping) {
        prompt = fields.prose("prompt")
        hint = fields.optionalProse("hint")
    }
}
