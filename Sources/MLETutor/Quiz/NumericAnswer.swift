/// A number as a learner types it: `0.7`, `.7`, `7/10`, `7e-1`, with an optional sign and spaces
/// around it.
///
/// The grammar is our own rather than `Double(_:)`'s, which also reads `inf`, `nan` and hex
/// floats; a learner who types those has made a mistake we should name, not a number.
enum NumericAnswer {
    /// Why typed text is not a number, in words for the learner.
    enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        case decimalComma(String)
        case divisionByZero(String)
        case notANumber(String)

        var description: String {
            switch self {
            case .empty:
                return "Type a number first, such as 0.7."
            case .decimalComma(let text):
                return "'\(text)' uses a comma; write the decimal point as a dot, like 0.7."
            case .divisionByZero(let text):
                return "'\(text)' divides by zero."
            case .notANumber(let text):
                return "'\(text)' is not a number; write it like 0.7, .7, 7/10 or 7e-1."
            }
        }
    }

    /// How many decimals `text` was written with when it is a plain decimal (`-0.27` has 2,
    /// `3` has 0); nil for a fraction or an exponent, which are not roundings.
    static func decimalPlaces(_ text: String) -> Int? {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.contains("/"), !trimmed.contains("e"), !trimmed.contains("E") else { return nil }
        guard let dot = trimmed.firstIndex(of: ".") else { return 0 }
        return trimmed[trimmed.index(after: dot)...].count
    }

    /// The value of `text`, or the problem that stops it being read.
    static func parse(_ text: String) -> Result<Double, Problem> {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else { return .failure(.empty) }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let value = decimal(parts[0]) else { return .failure(problem(with: trimmed)) }
            return .success(value)
        case 2:
            guard let numerator = decimal(parts[0]), let denominator = decimal(parts[1]) else {
                return .failure(problem(with: trimmed))
            }
            guard denominator != 0 else { return .failure(.divisionByZero(trimmed)) }
            return .success(numerator / denominator)
        default:
            return .failure(.notANumber(trimmed))
        }
    }

    private static func problem(with text: String) -> Problem {
        let isDecimalComma =
            text.contains(",") && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == "-") }
        return isDecimalComma ? .decimalComma(text) : .notANumber(text)
    }

    /// A finite decimal: sign, digits with at most one point (at least one digit in all), then an
    /// optional exponent `e` or `E` with a sign and digits.
    private static func decimal(_ text: Substring) -> Double? {
        var rest = Substring(text.trimmingSpaces())
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        let whole = rest.prefix(while: isDigit)
        rest = rest.dropFirst(whole.count)
        var fraction = Substring()
        if rest.first == "." {
            rest = rest.dropFirst()
            fraction = rest.prefix(while: isDigit)
            rest = rest.dropFirst(fraction.count)
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return nil }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            let exponent = rest.prefix(while: isDigit)
            guard !exponent.isEmpty else { return nil }
            rest = rest.dropFirst(exponent.count)
        }
        guard rest.isEmpty, let value = Double(String(text.trimmingSpaces())), value.isFinite else { return nil }
        return value
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
