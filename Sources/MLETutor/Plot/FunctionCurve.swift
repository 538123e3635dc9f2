/// A function y = f(x) drawn as a joined curve, sampled at least once per canvas dot column.
struct FunctionCurve: Sendable {
    /// The function; non-finite results break the curve rather than draw to infinity.
    var function: @Sendable (Double) -> Double
    /// Where the function is drawn; nil is the whole x range of the plot.
    var domain: ClosedRange<Double>?
    var color: TerminalColor
    /// The legend entry; nil leaves the curve out of the legend.
    var label: String?

    init(
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
