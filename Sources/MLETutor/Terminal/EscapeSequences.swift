/// Tells a lone Escape key from the other things that start with the escape byte: Alt+key (the
/// terminal sends ESC and the key together) and arrow or function keys whose bytes arrived apart
/// (`ESC`, later `[A`), which ncurses hands over one byte at a time.
enum EscapeSequences {
    /// How long to wait for a byte after ESC before taking it for the Escape key.
    static let followUpMilliseconds = 60

    /// The key meant by an escape byte, reading what follows with `next`, which returns the next
    /// byte if one comes within the given milliseconds. Nil when the bytes mean nothing the tutor
    /// uses (Alt+key, an unknown sequence): they are dropped rather than taken for Escape.
    static func key(after next: (_ timeoutMilliseconds: Int) -> UInt32?) -> Key? {
        guard let second = next(followUpMilliseconds) else { return .escape }
        guard second == UInt32(UInt8(ascii: "[")) || second == UInt32(UInt8(ascii: "O")) else {
            // Alt+key, or Escape pressed twice: not a lone Escape.
            return nil
        }
        // A CSI or SS3 sequence: parameters (digits, ';') up to one final byte in @…~.
        var parameters = ""
        for _ in 0..<16 {
            guard let byte = next(followUpMilliseconds), let scalar = Unicode.Scalar(byte) else { return nil }
            if (0x40...0x7E).contains(byte) { return finalKey(Character(scalar), parameters: parameters) }
            parameters.unicodeScalars.append(scalar)
        }
        return nil
    }

    private static func finalKey(_ final: Character, parameters: String) -> Key? {
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "~":
            switch parameters {
            case "1", "7": return .home
            case "4", "8": return .end
            case "5": return .pageUp
            case "6": return .pageDown
            default: return nil
            }
        default: return nil
        }
    }
}
