/// Untrusted text made safe to print: control characters and bidirectional overrides are written
/// visibly (`\e`, `\x07`, `\u{202E}`), as `ls` and git quote names, so a lesson, a file name or a
/// data token can never move the cursor, change a title, write the clipboard or reorder a line.
///
/// Everything that leaves for a terminal or a stream outside the full-screen view goes through
/// `escaped(_:)`, once, at the edge (`StandardStreams`).
enum VisibleText {
    /// `text` with every character `isHidden` calls hidden spelled out; newline and tab are kept.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                result += spelling(of: scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` would act on a terminal or reorder text instead of showing: C0 controls
    /// other than newline and tab, DEL, C1 controls, and the bidirectional marks, embeddings,
    /// overrides and isolates.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// How a hidden scalar is written: `\e` for escape, `\r` for carriage return, `\xHH` for
    /// other one-byte controls, `\u{HHHH}` above them.
    static func spelling(of scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: return "\\e"
        case 0x0D: return "\\r"
        case 0x00...0x7F: return "\\x" + hex(scalar.value, digits: 2)
        default: return "\\u{" + hex(scalar.value, digits: 4) + "}"
        }
    }

    /// `token` cut to at most `limit` characters for a message: its start, `…`, its end and the
    /// full length, so a megabyte-long bad field does not fill the screen.
    static func shortened(_ token: some StringProtocol, limit: Int = 40) -> String {
        guard token.count > limit else { return String(token) }
        let head = token.prefix(limit * 2 / 3)
        let tail = token.suffix(limit / 4)
        return "\(head)…\(tail) (\(token.count) characters)"
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
