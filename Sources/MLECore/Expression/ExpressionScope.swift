/// The names a formula may use besides the functions: the observation `x`, `n`, `pi`, and the
/// model's parameters in order.
public struct ExpressionScope: Sendable, Hashable {
    /// The parameters' names, in the order the model reports them (at most two).
    public let parameters: [String]

    /// The names no parameter may take.
    public static let reserved = ["x", "n", "pi"] + MathFunction.allCases.map(\.name) + ["sum", "mean"]

    /// A scope with these parameters.
    ///
    /// - Throws: a message when a name is reserved, repeated, not a plain identifier, or there are
    ///   more than two.
    public init(parameters: [String]) throws(ExpressionError) {
        guard parameters.count <= 2 else {
            throw ExpressionError(
                column: 1, message: "a model has at most two parameters here, got \(parameters.count)")
        }
        for (index, name) in parameters.enumerated() {
            guard ExpressionScope.isIdentifier(name) else {
                throw ExpressionError(
                    column: 1,
                    message: "'\(ExpressionError.printable(name))' is not a parameter name: use letters, digits and _")
            }
            guard !ExpressionScope.reserved.contains(name) else {
                throw ExpressionError(column: 1, message: "'\(name)' is reserved; choose another parameter name")
            }
            guard !parameters[..<index].contains(name) else {
                throw ExpressionError(column: 1, message: "parameter '\(name)' is given twice")
            }
        }
        self.parameters = parameters
    }

    /// A scope with no parameters: an estimator, a function of the data only.
    public static let dataOnly = ExpressionScope(checked: [])

    init(checked: [String]) { parameters = checked }

    /// Every name the formula may use, for suggestions.
    var knownNames: [String] { parameters + ["x", "n", "pi", "sum", "mean"] + MathFunction.allCases.map(\.name) }

    /// A letter or _, then letters, digits or _.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
