import MLECore

/// The two classes of points a classifier page trains on, drawn from a seed.
///
/// Each class is a normal cloud around its centre. Overlapping clouds have a finite MLE; in the
/// separable variant every point is pushed at least `margin` to its own side of the line
/// x₁ + x₂ = 0, so some line classifies every point correctly and the likelihood keeps rising as
/// the weights grow: there is no MLE.
struct ClassifierData: Sendable {
    var features: [[Double]]
    var labels: [Double]

    static let margin = 0.3

    init(seed: UInt64, pointsPerClass: Int, separable: Bool) {
        var generator = SeededGenerator(seed: seed)
        let spread = separable ? 0.8 : 1.1
        features = []
        labels = []
        for label in [0.0, 1.0] {
            let side = label == 1 ? 1.0 : -1.0
            for _ in 0..<pointsPerClass {
                var x1 = side * 0.9 + spread * StandardDraws.normal(using: &generator)
                var x2 = side * 0.6 + spread * StandardDraws.normal(using: &generator)
                if separable {
                    // Signed distance to x₁ + x₂ = 0 on this class's side; reflect and pad if short.
                    let distance = side * (x1 + x2) / 2.0.squareRoot()
                    if distance < Self.margin {
                        let shift = (Self.margin + abs(distance) - distance) / 2.0.squareRoot()
                        x1 += side * shift
                        x2 += side * shift
                    }
                }
                features.append([x1, x2])
                labels.append(label)
            }
        }
    }

    /// The largest |coordinate|, rounded up to a whole number: both axes run over ± this.
    var extent: Double {
        let largest = features.joined().map(abs).max() ?? 1
        return largest.rounded(.up)
    }
}
