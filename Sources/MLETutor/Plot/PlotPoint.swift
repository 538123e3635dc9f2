/// A point in data coordinates.
struct PlotPoint: Hashable, Sendable {
    var x: Double
    var y: Double

    init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    init(_ x: Double, _ y: Double) {
        self.init(x: x, y: y)
    }
}
