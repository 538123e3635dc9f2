/// What is wrong with a typed formula, and where: a 1-based column (in characters) and a message
/// that says what would be accepted.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based column the message points at (one past the end for a formula that stops short).
    public let column: Int
    /// One sentence, without the location.
    public let message: String
    /// The unknown name this error is about, if that is the problem.
    public let unknownName: String?

    /// An error at `column`.
    public init(column: Int, message: String, unknownName: String? = nil) {
        self.column = column
        self.message = message
        self.unknownName = unknownName
    }

    /// `column 10: expected ')'`.
    public var description: String { "column \(column): \(message)" }

    /// The formula on one line and a caret under the column, for a terminal or a lesson page.
    public func caretLines(under formula: String) -> [String] {
        let shown = ExpressionError.printable(formula)
        return [shown, String(repeating: " ", count: max(0, column - 1)) + "^"]
    }

    /// `text` with control characters replaced by `?`, so a message never carries an escape
    /// sequence to the terminal.
    public static func printable(_ text: String) -> String {
        String(text.map { $0.isPrintableInFormula ? $0 : "?" })
    }
}

extension Character {
    var isPrintableInFormula: Bool {
        !unicodeScalars.contains { $0.properties.generalCategory == .control || $0.value == 0x7F }
    }
}
