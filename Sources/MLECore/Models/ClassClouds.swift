import RealModule

/// Points in the plane from K normal clouds, one per class, drawn from a seed: the data of the
/// softmax pages. The clouds overlap, so no class can be cut off from the rest by lines and the
/// softmax likelihood has a finite maximum.
public struct ClassClouds: Sendable, Hashable {
    /// One (x₁, x₂) row per point.
    public let features: [[Double]]
    /// The class of each point, 0..<K.
    public let labels: [Int]
    /// K.
    public let classCount: Int

    /// `pointsPerClass` points around each of `classCount` centres spaced evenly on a circle of
    /// radius 1.5, each coordinate with standard deviation `spread`.
    ///
    /// - Precondition: 2 ≤ K ≤ 8, at least one point per class, spread > 0.
    public init(seed: UInt64, classCount: Int = 3, pointsPerClass: Int = 40, spread: Double = 1) {
        precondition((2...8).contains(classCount) && pointsPerClass >= 1, "2 to 8 classes, at least one point each")
        precondition(spread > 0 && spread.isFinite, "spread must be finite and > 0")
        var generator = SeededGenerator(seed: seed)
        var features: [[Double]] = []
        var labels: [Int] = []
        for k in 0..<classCount {
            let angle = 2 * Double.pi * Double(k) / Double(classCount) + 0.5
            let centre = (1.5 * Double.cos(angle), 1.5 * Double.sin(angle))
            for _ in 0..<pointsPerClass {
                features.append([
                    centre.0 + spread * StandardDraws.normal(using: &generator),
                    centre.1 + spread * StandardDraws.normal(using: &generator),
                ])
                labels.append(k)
            }
        }
        self.features = features
        self.labels = labels
        self.classCount = classCount
    }
}
