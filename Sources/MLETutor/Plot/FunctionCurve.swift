/// A function y = f(x) drawn as a joined curve, sampled at least once per canvas dot column.
public struct FunctionCurve: Sendable {
    /// The function; non-finite results break the curve rather than draw to infinity.
    public var function: @Sendable (Double) -> Double
    /// Where the function is drawn; nil is the whole x range of the plot.
    public var domain: ClosedRange<Double>?
    public var color: TerminalColor
    /// The legend entry; nil leaves the curve out of the legend.
    public var label: String?

    public init(
        domain: ClosedRange<Double>? = nil,
        color: TerminalColor = .cyan,
        label: String? = nil,
        _ function: @escaping @Sendable (Double) -> Double
    ) {
        self.function = function
        self.domain = domain
        self.color = color
        self.label = label
    }
}
