import MLECore

/// Where new observations come from: a family at known parameter values and a seeded generator,
/// so a lesson's sample and every observation the learner adds are the same on every run.
struct ObservationSource: Sendable {
    let family: Family
    /// A value for every parameter of the family.
    let parameters: [String: Double]
    private var generator: SeededGenerator

    /// - Precondition: `parameters` holds an allowed value for each of the family's parameters.
    init(family: Family, parameters: [String: Double], seed: UInt64) {
        precondition(
            family.parameterNames.allSatisfy { name in parameters[name].map { family.allows($0, for: name) } ?? false },
            "every parameter of \(family.name) needs a value")
        self.family = family
        self.parameters = parameters
        generator = SeededGenerator(seed: seed)
    }

    /// New observations like the model's data: drawn from the fitted distribution, with a fixed
    /// seed. Nil when the data have no fit.
    init?(fittedTo model: LikelihoodModel) {
        guard let fit = model.fit else { return nil }
        var parameters = model.fixed
        for estimate in fit.estimates { parameters[estimate.name] = estimate.value }
        let family = model.family
        guard
            family.parameterNames.allSatisfy({ name in parameters[name].map { family.allows($0, for: name) } ?? false })
        else {
            return nil
        }
        self.init(family: family, parameters: parameters, seed: 1)
    }

    /// One draw, from the family's distribution at the parameters.
    mutating func next() -> Double {
        let theta = family.parameterNames.map { parameters[$0] ?? .nan }
        return family.model.distribution(theta, trials: family.trials).sample(using: &generator)
    }

    /// `count` draws.
    mutating func next(_ count: Int) -> [Double] {
        (0..<count).map { _ in next() }
    }
}
