/// One token of a formula with the 1-based column where it starts.
struct ExpressionToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(Double)
        case name(String)
        case symbol(Character)
        case end
    }

    let kind: Kind
    let column: Int
    /// The characters as typed, for messages.
    let text: String
}

/// Splits a formula into numbers, names and the symbols `+ - * / ^ ( ) ,`. Also accepts the
/// typographic minus `−` and the times signs `×` `·`, which people paste from lessons.
enum ExpressionLexer {
    static func tokens(_ formula: String) throws(ExpressionError) -> [ExpressionToken] {
        let characters = Array(formula)
        var tokens: [ExpressionToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if character.isWhitespace {
                index += 1
            } else if character.isASCII && (character.isNumber || character == ".") {
                var end = index
                while end < characters.count && isNumberCharacter(characters, end, start: index) { end += 1 }
                let text = String(characters[index..<end])
                guard let value = Double(text) else {
                    throw ExpressionError(column: column, message: "'\(text)' is not a number")
                }
                guard value.isFinite else {
                    throw ExpressionError(column: column, message: "\(text) is too large for a number")
                }
                tokens.append(ExpressionToken(kind: .number(value), column: column, text: text))
                index = end
            } else if character.isLetter || character == "_" {
                var end = index
                while end < characters.count && isNameCharacter(characters[end]) { end += 1 }
                let text = String(characters[index..<end])
                tokens.append(ExpressionToken(kind: .name(text), column: column, text: text))
                index = end
            } else if let symbol = symbol(for: character) {
                tokens.append(ExpressionToken(kind: .symbol(symbol), column: column, text: String(character)))
                index += 1
            } else {
                throw ExpressionError(column: column, message: unexpected(character))
            }
        }
        tokens.append(ExpressionToken(kind: .end, column: characters.count + 1, text: ""))
        return tokens
    }

    private static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c == "_" || (c.isASCII && c.isNumber)
    }

    /// Digits, one point, and an exponent `e`/`E` with an optional sign right after it.
    private static func isNumberCharacter(_ characters: [Character], _ i: Int, start: Int) -> Bool {
        let c = characters[i]
        if c.isASCII && c.isNumber || c == "." { return true }
        if c == "e" || c == "E" {
            let next = i + 1 < characters.count ? characters[i + 1] : " "
            let afterSign = i + 2 < characters.count ? characters[i + 2] : " "
            let digitFollows = next.isASCII && next.isNumber
            let signedDigitFollows = (next == "+" || next == "-") && afterSign.isASCII && afterSign.isNumber
            return digitFollows || signedDigitFollows
        }
        if (c == "+" || c == "-") && i > start {
            let previous = characters[i - 1]
            return (previous == "e" || previous == "E") && i + 1 < characters.count
                && characters[i + 1].isASCII && characters[i + 1].isNumber
        }
        return false
    }

    private static func symbol(for c: Character) -> Character? {
        switch c {
        case "+", "-", "*", "/", "^", "(", ")", ",": return c
        case "\u{2212}": return "-"
        case "\u{00D7}", "\u{00B7}": return "*"
        default: return nil
        }
    }

    private static func unexpected(_ c: Character) -> String {
        switch c {
        case "\u{00B2}": return "unexpected '²': write ^2 for a square"
        case "[", "{": return "unexpected '\(c)': use ( ) for grouping"
        case "=": return "unexpected '=': type only the right-hand side of the formula"
        default:
            let shown =
                c.isPrintableInFormula
                ? "'\(c)'"
                : "control character U+\(String(c.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true))"
            return "unexpected \(shown): a formula has numbers, names, + - * / ^ ( ) and commas"
        }
    }
}
