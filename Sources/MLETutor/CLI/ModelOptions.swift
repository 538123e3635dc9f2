import ArgumentParser
import MLECore

/// The model on the command line, shared by `fit` and `explore`: the distribution, its number of
/// trials for binomial, and any parameters held at known values.
struct ModelOptions: ParsableArguments {
    /// The families on the command line.
    enum DistributionName: String, ExpressibleByArgument, CaseIterable {
        case normal, bernoulli, binomial, exponential, poisson, gamma
    }

    @Argument(help: "The distribution: normal, bernoulli, binomial, exponential, poisson or gamma (none with --model).")
    var distribution: DistributionName?

    @Option(help: "Trials per observation (binomial only).")
    var trials: Int?

    @Option(help: "Hold the normal mean at this value.") var mu: Double?
    @Option(help: "Hold the normal standard deviation at this value.") var sigma: Double?
    @Option(help: "Hold the bernoulli or binomial success probability at this value.") var p: Double?
    @Option(help: "Hold the exponential or poisson rate at this value.") var lambda: Double?
    @Option(help: "Hold the gamma shape at this value.") var alpha: Double?
    @Option(help: "Hold the gamma rate at this value.") var beta: Double?

    var family: Family {
        switch distribution ?? .normal {
        case .normal: return .normal
        case .bernoulli: return .bernoulli
        case .binomial: return .binomial(trials: trials ?? 1)
        case .exponential: return .exponential
        case .poisson: return .poisson
        case .gamma: return .gamma
        }
    }

    /// The fixed parameters given on the command line, by name.
    var fixed: [String: Double] {
        let given: [(String, Double?)] = [
            ("mu", mu), ("sigma", sigma), ("p", p), ("lambda", lambda), ("alpha", alpha), ("beta", beta),
        ]
        return Dictionary(uniqueKeysWithValues: given.compactMap { name, value in value.map { (name, $0) } })
    }

    func validate() throws {
        if distribution == .binomial {
            guard let trials else {
                throw ValidationError("binomial needs --trials N, the number of trials per observation")
            }
            guard trials >= 1 else { throw ValidationError("--trials must be at least 1, got \(trials)") }
        } else if trials != nil {
            throw ValidationError("--trials applies to binomial only")
        }
        let names = family.parameterNames
        for (name, value) in fixed.sorted(by: { $0.key < $1.key }) {
            guard names.contains(name) else {
                throw ValidationError(
                    "--\(name) is not a parameter of \(family.name) (its parameters: \(names.joined(separator: ", ")))")
            }
            guard family.allows(value, for: name) else {
                let range = name == "p" ? "between 0 and 1" : "greater than 0"
                throw ValidationError("--\(name) must be \(range), got \(value)")
            }
        }
        if fixed.count == names.count {
            throw ValidationError("every parameter of \(family.name) is fixed: leave at least one to estimate")
        }
    }
}
