import Yams

/// Stable names for pages and questions, which the learner's progress is keyed by.
///
/// A lesson file may give a page or a question an `id:`; when it does not, the id is derived from
/// its title or prompt, so lessons written without ids still work, and the id changes only when
/// the words do. Ids are lowercase ASCII letters, digits and hyphens.
enum StableID {
    /// The longest derived id; a long prompt is cut at a word.
    static let maximumLength = 48

    /// `text` as a slug: letters and digits lowercased, every other run of characters one hyphen,
    /// cut at a hyphen to `maximumLength`. Empty when `text` has no ASCII letter or digit.
    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if ("A"..."Z").contains(scalar) {
                slug += String(scalar).lowercased()
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        guard slug.count > maximumLength else { return slug }
        let cut = slug.prefix(maximumLength + 1)
        if let hyphen = cut.lastIndex(of: "-"), hyphen > cut.startIndex {
            return String(cut[..<hyphen])
        }
        return String(slug.prefix(maximumLength))
    }

    /// `id` made unique among `taken` by a numeric suffix (`-2`, `-3`, ...), then added to it.
    static func unique(_ id: String, among taken: inout Set<String>) -> String {
        var candidate = id
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(id)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// True for ids a lesson file may give: lowercase letters, digits and hyphens, starting with
    /// a letter or digit.
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else {
            return false
        }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension YAMLMapping {
    /// The id of the page or question these fields describe: the `id:` field when given (checked,
    /// and reported when it repeats one in `taken`), else `derivedFrom` as a slug, else
    /// `fallback`, made unique among `taken`. Nil after reporting a problem.
    func stableID(derivedFrom text: String?, fallback: String, taken: inout Set<String>) -> String? {
        if let node = value("id") {
            guard let id = optionalString("id") else { return nil }
            guard StableID.isValid(id) else {
                log.error("id '\(id)' in \(what) must be lowercase letters, digits and hyphens", at: node)
                return nil
            }
            guard taken.insert(id).inserted else {
                log.error("duplicate id '\(id)' in \(what); ids must differ within their list", at: node)
                return nil
            }
            return id
        }
        let slug = text.map(StableID.slug) ?? ""
        return StableID.unique(slug.isEmpty ? fallback : slug, among: &taken)
    }
}

/// The `id:` fields written in a list of pages or questions, so derived ids avoid them.
func explicitIDs(_ nodes: [Node]) -> Set<String> {
    Set(
        nodes.compactMap { node in
            guard case .mapping(let mapping) = node else { return nil }
            return mapping["id"]?.string
        })
}
