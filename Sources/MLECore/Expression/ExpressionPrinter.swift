/// Writes a formula back as text with as few parentheses as the precedence rules allow.
///
/// Unicode style writes Greek letters for Greek-named parameters, `−`, `·`, `π`, `Σ` and xᵢ inside
/// a sum; ASCII style writes what a learner would type.
public struct ExpressionPrinter: Sendable {
    /// Unicode or ASCII.
    public enum Style: Sendable { case unicode, ascii }

    /// The style.
    public let style: Style
    /// The parameters' names, by index.
    public let parameterNames: [String]

    /// A printer for formulas over these parameters.
    public init(style: Style, parameterNames: [String]) {
        self.style = style
        self.parameterNames = parameterNames
    }

    /// The formula as text; x is written xᵢ (x_i) when `indexed`.
    public func text(_ node: ExpressionNode, indexed: Bool = false) -> String {
        write(node, indexed: indexed).text
    }

    /// The sum over the observations of a per-observation formula: Σ(1/λ − xᵢ).
    public func sumOverObservations(_ node: ExpressionNode) -> String {
        let inner = text(node, indexed: node.usesObservation)
        guard node.usesObservation else {
            return style == .unicode ? "n·" + parenthesized(node, inner) : "n*" + parenthesized(node, inner)
        }
        return (style == .unicode ? "Σ(" : "sum(") + inner + ")"
    }

    private func parenthesized(_ node: ExpressionNode, _ text: String) -> String {
        precedence(of: node) < 2 ? "(" + text + ")" : text
    }

    private static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "eta": "η", "theta": "θ",
        "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "rho": "ρ", "sigma": "σ", "tau": "τ",
        "phi": "φ", "psi": "ψ", "omega": "ω",
    ]

    private func precedence(of node: ExpressionNode) -> Int {
        switch node {
        case .binary(.add, _, _), .binary(.subtract, _, _): return 1
        case .binary(.multiply, _, _), .binary(.divide, _, _): return 2
        case .negate: return 3
        case .number(let value) where value < 0: return 3
        case .binary(.power, _, _): return 4
        default: return 5
        }
    }

    private func write(_ node: ExpressionNode, indexed: Bool) -> (text: String, precedence: Int) {
        let unicode = style == .unicode
        let mine = precedence(of: node)
        switch node {
        case .number(let value):
            if value == Double.pi { return (unicode ? "π" : "pi", 5) }
            return (Self.number(value, unicode: unicode), mine)
        case .observation: return (indexed ? (unicode ? "xᵢ" : "x_i") : "x", 5)
        case .sampleSize: return ("n", 5)
        case .parameter(let index):
            let name = index < parameterNames.count ? parameterNames[index] : "θ\(index + 1)"
            return (unicode ? Self.greek[name] ?? name : name, 5)
        case .negate(let a):
            return ((unicode ? "−" : "-") + child(a, indexed: indexed, minimum: 4), mine)
        case .summary(let kind, let inner):
            let open = kind == .sum ? (unicode ? "Σ(" : "sum(") : "mean("
            return (open + write(inner, indexed: true).text + ")", 5)
        case .call(let function, let arguments):
            return (
                function.name + "(" + arguments.map { write($0, indexed: indexed).text }.joined(separator: ", ") + ")",
                5
            )
        case .binary(let op, let a, let b):
            let symbol: String
            switch op {
            case .add: symbol = " + "
            case .subtract: symbol = unicode ? " − " : " - "
            case .multiply: symbol = unicode ? "·" : "*"
            case .divide: symbol = "/"
            case .power: symbol = "^"
            }
            let left = child(a, indexed: indexed, minimum: op == .power ? mine + 1 : mine)
            let rightMinimum = op == .add || op == .multiply ? mine : (op == .power ? mine : mine + 1)
            let right = child(b, indexed: indexed, minimum: rightMinimum)
            return (left + symbol + right, mine)
        }
    }

    private func child(_ node: ExpressionNode, indexed: Bool, minimum: Int) -> String {
        let (text, precedence) = write(node, indexed: indexed)
        return precedence < minimum ? "(" + text + ")" : text
    }

    /// Whole numbers without a decimal point; others in Swift's shortest round-trip form.
    static func number(_ value: Double, unicode: Bool) -> String {
        let magnitude = abs(value)
        let digits =
            magnitude == magnitude.rounded() && magnitude < 1e15 ? String(Int64(magnitude)) : "\(magnitude)"
        return value < 0 ? (unicode ? "−" : "-") + digits : digits
    }
}
