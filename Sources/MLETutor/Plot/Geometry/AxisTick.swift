/// One labelled tick of an axis: a data value and the text shown for it.
struct AxisTick: Hashable, Sendable {
    /// The data value (not transformed by the axis scale).
    let value: Double
    /// The label, formatted without the locale.
    let label: String

    init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}
