/// Finds characters in a lesson file that would act on a terminal instead of showing (see
/// `VisibleText.isHidden`), so `lint` reports each at its line and column before YAML reads it.
enum HiddenCharacters {
    /// Each hidden character of `text` with its 1-based line and column (columns count
    /// characters), at most `limit` of them.
    static func find(in text: String, limit: Int = 20) -> [(spelling: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            // A CRLF line end is an ordinary line end, not a hidden character.
            if VisibleText.isHidden(scalar) && scalar != "\r" {
                found.append((VisibleText.spelling(of: scalar), line, column))
                if found.count == limit { break }
            }
            column += 1
        }
        return found
    }

    /// The message for a hidden character spelled `spelling`.
    static func message(_ spelling: String) -> String {
        "control character \(spelling) in lesson text: it would act on the terminal instead of showing; remove it"
    }
}
