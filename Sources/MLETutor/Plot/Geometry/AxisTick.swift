/// One labelled tick of an axis: a data value and the text shown for it.
public struct AxisTick: Hashable, Sendable {
    /// The data value (not transformed by the axis scale).
    public let value: Double
    /// The label, formatted without the locale.
    public let label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}
