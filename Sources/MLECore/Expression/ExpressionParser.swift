/// Reads ordinary maths notation into an `ExpressionNode`: numbers, names, `+ - * / ^`, unary
/// minus, parentheses, function calls and the data summaries `sum(…)`, `mean(…)`.
///
/// `^` binds tighter than unary minus (`-x^2` is −(x²)) and groups to the right. There is no
/// implicit multiplication: `2x` is an error that suggests `2*x`.
public struct ExpressionParser {
    private let tokens: [ExpressionToken]
    private let scope: ExpressionScope
    private var position = 0

    /// Parses `formula` with the names of `scope`.
    ///
    /// - Throws: `ExpressionError` with the column of the first problem.
    /// - Complexity: O(length of the formula).
    public static func parse(_ formula: String, scope: ExpressionScope) throws(ExpressionError) -> ExpressionNode {
        guard formula.count <= maximumLength else {
            throw ExpressionError(
                column: maximumLength + 1, message: "the formula is longer than \(maximumLength) characters")
        }
        var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(formula), scope: scope)
        guard parser.current.kind != .end else {
            throw ExpressionError(column: 1, message: "the formula is empty")
        }
        let node = try parser.additive(depth: 0)
        try parser.expectEnd()
        return node
    }

    private init(tokens: [ExpressionToken], scope: ExpressionScope) {
        self.tokens = tokens
        self.scope = scope
    }

    private var current: ExpressionToken { tokens[position] }
    private var previous: ExpressionToken? { position > 0 ? tokens[position - 1] : nil }

    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    private func isSymbol(_ c: Character) -> Bool { current.kind == .symbol(c) }

    /// Longer formulas are refused: every pass over a formula recurses through it, and a chain
    /// like x+x+…+x nests as deep as it is long.
    public static let maximumLength = 500

    /// Nesting deeper than this is refused rather than risking the stack on hostile input.
    private static let maximumDepth = 200

    private mutating func additive(depth: Int) throws(ExpressionError) -> ExpressionNode {
        guard depth < ExpressionParser.maximumDepth else {
            throw ExpressionError(column: current.column, message: "the formula nests too deeply")
        }
        var node = try multiplicative(depth: depth)
        while isSymbol("+") || isSymbol("-") {
            let op: BinaryOperator = isSymbol("+") ? .add : .subtract
            advance()
            node = .binary(op, node, try multiplicative(depth: depth))
        }
        return node
    }

    private mutating func multiplicative(depth: Int) throws(ExpressionError) -> ExpressionNode {
        var node = try unary(depth: depth)
        while true {
            if isSymbol("*") || isSymbol("/") {
                let op: BinaryOperator = isSymbol("*") ? .multiply : .divide
                advance()
                node = .binary(op, node, try unary(depth: depth))
            } else if startsOperand {
                throw missingOperator()
            } else {
                return node
            }
        }
    }

    private mutating func unary(depth: Int) throws(ExpressionError) -> ExpressionNode {
        guard depth < ExpressionParser.maximumDepth else {
            throw ExpressionError(column: current.column, message: "the formula nests too deeply")
        }
        if isSymbol("-") {
            advance()
            return .negate(try unary(depth: depth + 1))
        }
        if isSymbol("+") {
            advance()
            return try unary(depth: depth + 1)
        }
        let base = try primary(depth: depth)
        guard isSymbol("^") else { return base }
        advance()
        return .binary(.power, base, try unary(depth: depth + 1))
    }

    private mutating func primary(depth: Int) throws(ExpressionError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value)
        case .name(let name):
            advance()
            if isSymbol("(") { return try call(name, at: token, depth: depth) }
            return try resolve(name, at: token)
        case .symbol("("):
            advance()
            let inner = try additive(depth: depth + 1)
            guard isSymbol(")") else {
                throw ExpressionError(
                    column: current.column, message: "expected ')' to close the '(' at column \(token.column)")
            }
            advance()
            return inner
        case .symbol(let symbol):
            throw ExpressionError(
                column: token.column, message: "expected a number, a name or '(' but found '\(symbol)'")
        case .end:
            throw ExpressionError(
                column: token.column, message: "the formula ends too soon: expected a number, a name or '('")
        }
    }

    private mutating func call(_ name: String, at token: ExpressionToken, depth: Int) throws(ExpressionError)
        -> ExpressionNode
    {
        let open = current
        advance()
        var arguments: [ExpressionNode] = []
        if !isSymbol(")") {
            arguments.append(try additive(depth: depth + 1))
            while isSymbol(",") {
                advance()
                arguments.append(try additive(depth: depth + 1))
            }
        }
        guard isSymbol(")") else {
            throw ExpressionError(
                column: current.column, message: "expected ')' to close the '(' at column \(open.column)")
        }
        advance()
        if let summary = DataSummary(rawValue: name) {
            try checkArity(name, arguments.count, expected: 1, at: token)
            return .summary(summary, arguments[0])
        }
        if let function = MathFunction(rawValue: name) {
            try checkArity(name, arguments.count, expected: function.arity, at: token)
            return .call(function, arguments)
        }
        if scope.parameters.contains(name) || name == "x" || name == "n" || name == "pi" {
            throw ExpressionError(
                column: open.column,
                message: "'\(name)' is not a function: write \(name)*(...) to multiply")
        }
        throw unknown(name, at: token)
    }

    private func checkArity(_ name: String, _ count: Int, expected: Int, at token: ExpressionToken)
        throws(ExpressionError)
    {
        guard count != expected else { return }
        let noun = expected == 1 ? "argument" : "arguments"
        throw ExpressionError(column: token.column, message: "\(name) takes \(expected) \(noun), got \(count)")
    }

    private func resolve(_ name: String, at token: ExpressionToken) throws(ExpressionError) -> ExpressionNode {
        if let index = scope.parameters.firstIndex(of: name) { return .parameter(index) }
        switch name {
        case "x": return .observation
        case "n": return .sampleSize
        case "pi": return .number(Double.pi)
        default: break
        }
        if MathFunction(rawValue: name) != nil || DataSummary(rawValue: name) != nil {
            throw ExpressionError(column: token.column, message: "'\(name)' is a function: write \(name)(...)")
        }
        throw unknown(name, at: token)
    }

    private func unknown(_ name: String, at token: ExpressionToken) -> ExpressionError {
        let shown = ExpressionError.printable(name)
        if let suggestion = NameSuggestion.closest(to: name, among: scope.knownNames) {
            return ExpressionError(
                column: token.column, message: "unknown name '\(shown)': did you mean '\(suggestion)'?",
                unknownName: name)
        }
        let known = (["x", "n"] + scope.parameters).map { "'\($0)'" }.joined(separator: ", ")
        return ExpressionError(
            column: token.column, message: "unknown name '\(shown)': the names here are \(known)", unknownName: name)
    }

    /// A number, a name or '(' right after a complete operand: the learner left out an operator.
    private var startsOperand: Bool {
        switch current.kind {
        case .number, .name, .symbol("("): return true
        default: return false
        }
    }

    private func missingOperator() -> ExpressionError {
        let before = previous?.text ?? ""
        return ExpressionError(
            column: current.column,
            message: "expected an operator before '\(current.text)': write \(before)*\(current.text) to multiply")
    }

    private func expectEnd() throws(ExpressionError) {
        switch current.kind {
        case .end: return
        case .symbol(")"):
            throw ExpressionError(column: current.column, message: "')' has no matching '('")
        case .symbol(","):
            throw ExpressionError(column: current.column, message: "',' separates the arguments of min or max only")
        default:
            throw ExpressionError(column: current.column, message: "unexpected '\(current.text)'")
        }
    }
}
