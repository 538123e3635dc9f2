import Yams

/// Reads one lesson file into a `Lesson`, reporting every problem it finds with its location.
struct LessonParser {
    var registry: PageKindRegistry

    static let lessonFields = ["id", "title", "summary", "pages"]

    /// Parses `source`; returns nil when there is any error, which is then in `log`.
    func parse(_ source: LessonSource, log: DiagnosticLog) -> Lesson? {
        let hidden = HiddenCharacters.find(in: source.text)
        for character in hidden {
            log.error(
                HiddenCharacters.message(character.spelling),
                at: LessonLocation(file: source.path, line: character.line, column: character.column))
        }
        guard hidden.isEmpty else { return nil }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: source.text) else {
                log.error(
                    "the file is empty; a lesson needs id, title, summary and pages",
                    at: LessonLocation(file: source.path, line: 1, column: 1))
                return nil
            }
            root = node
        } catch let error as YamlError {
            log.error(error.lessonMessage, at: error.location(in: source.path))
            return nil
        } catch {
            log.error("cannot read YAML: \(error)", at: LessonLocation(file: source.path, line: 1, column: 1))
            return nil
        }

        let errorsBefore = log.diagnostics.count
        guard let fields = YAMLMapping(root, what: "lesson", allowedKeys: Self.lessonFields, log: log) else {
            return nil
        }
        let id = fields.string("id")
        if let id, !Self.isValidID(id) {
            log.error(
                "lesson id '\(id)' must be lowercase letters, digits and hyphens, starting with a letter",
                at: fields.value("id"))
        }
        let title = fields.string("title")
        let summary = fields.string("summary")
        var pages: [LessonPage] = []
        if let pageNodes = fields.sequence("pages") {
            if pageNodes.isEmpty {
                log.error("lesson '\(id ?? "?")' has no pages; add at least one", at: fields.value("pages"))
            }
            // Written ids first, so that an id derived from a title never takes one of them.
            let written = explicitIDs(pageNodes)
            var taken = Set<String>()
            for (index, node) in pageNodes.enumerated() {
                if let page = parsePage(node, number: index + 1, written: written, taken: &taken, log: log) {
                    pages.append(page)
                }
            }
            for page in pages {
                for problem in page.model.problems(inLessonOf: pageNodes.count) {
                    log.error(problem.message, at: problem.location)
                }
            }
        }
        guard log.diagnostics.count == errorsBefore, let id, let title, let summary else { return nil }
        return Lesson(
            id: id, title: title, summary: summary, pages: pages,
            file: source.path, idLocation: log.location(of: fields.value("id")))
    }

    private func parsePage(
        _ node: Node, number: Int, written: Set<String>, taken: inout Set<String>, log: DiagnosticLog
    ) -> LessonPage? {
        let what = "page \(number)"
        guard case .mapping(let mapping) = node else {
            log.error("expected a mapping of fields for \(what)", at: node)
            return nil
        }
        guard let kindNode = mapping["kind"] else {
            log.error(
                "missing field 'kind' in \(what); known kinds: \(registry.names.joined(separator: ", "))", at: node)
            return nil
        }
        guard let kindName = kindNode.string, let kind = registry.kind(named: kindName) else {
            let name = kindNode.string ?? ""
            log.error(
                "unknown page kind '\(name)' in \(what)"
                    + suggestion(for: name, among: registry.names, listedAs: "known kinds"),
                at: kindNode)
            return nil
        }
        guard
            let fields = YAMLMapping(
                node, what: "\(what) (\(kindName))",
                allowedKeys: PageKind.commonFields + kind.fields, log: log)
        else {
            return nil
        }
        let title = fields.optionalString("title")
        var others = taken.union(fields.value("id") == nil ? written : [])
        guard let id = fields.stableID(derivedFrom: title, fallback: "page-\(number)", taken: &others) else {
            return nil
        }
        taken.insert(id)
        guard let model = kind.decode(fields) else { return nil }
        return LessonPage(id: id, kind: kindName, title: title, model: model, location: log.location(of: node))
    }

    /// Lowercase letters, digits and hyphens, starting with a letter: safe in paths and commands.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

private extension YamlError {
    /// The parser's own words, without its location prefix and snippet (we print our own).
    var lessonMessage: String {
        switch self {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return "invalid YAML: \(prefix)\(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "invalid YAML: duplicated keys \(duplicates.joined(separator: ", "))"
        default:
            return "invalid YAML: \(self)"
        }
    }

    func location(in file: String) -> LessonLocation {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return LessonLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            return LessonLocation(file: file, line: context.mark.line, column: context.mark.column)
        case .reader(_, let offset?, _, let yaml):
            return Self.location(ofByte: offset, in: yaml, file: file)
        default:
            return LessonLocation(file: file, line: 1, column: 1)
        }
    }

    /// The line and column (in characters) of the byte at `offset` of `yaml`.
    static func location(ofByte offset: Int, in yaml: String, file: String) -> LessonLocation {
        let utf8 = yaml.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(max(0, offset), utf8.count))
        let before = yaml[..<end]
        let line = before.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return LessonLocation(file: file, line: line, column: before[lineStart...].count + 1)
    }
}
