import MLECore
import RealModule

/// Times a typed two-parameter model's ℓ, gradient and Hessian on 100,000 observations per call,
/// against the Gamma likelihood written by hand and evaluated the same way, observation by
/// observation (budget: within 5×). Also prints the same formula with its sufficient statistics
/// found (the default), and a Normal formula, whose (x − μ)² stays per observation.
enum FormulaBenchmark {
    static func run() {
        var generator = SeededGenerator(seed: 3)
        let sample = Gamma(alpha: 3, beta: 2).samples(100_000, using: &generator)
        let theta = Theta(3, 2)
        let handWritten = time(calls: 200) { i in
            handWrittenGamma(sample, alpha: theta[0] + Double(i) * 1e-9, beta: theta[1])
        }
        print("n = 100,000 observations per call; ℓ + gradient + Hessian")
        print("hand-written gamma, per observation: \(format(handWritten)) µs per call")
        guard
            let gamma = try? FormulaModel(
                "alpha*log(beta) - lgamma(alpha) + (alpha - 1)*log(x) - beta*x", parameters: ["alpha", "beta"]),
            let normal = try? FormulaModel(
                "-log(sigma) - log(2*pi)/2 - (x - mu)^2/(2*sigma^2)", parameters: ["mu", "sigma"])
        else { fatalError("the benchmark formulas parse") }
        let perObservation = gamma.likelihood(on: sample, splitting: false)
        let perObservationTime = time(calls: 200) { i in perObservation.jet(Theta(3 + Double(i) * 1e-9, 2)).value }
        print(
            "gamma formula, per observation: \(format(perObservationTime)) µs per call (\(format(perObservationTime / handWritten))× hand-written; budget 5×)"
        )
        let split = gamma.likelihood(on: sample)
        let splitTime = time(calls: 20_000) { i in split.jet(Theta(3 + Double(i) * 1e-9, 2)).value }
        print("gamma formula, sufficient statistics found: \(format(splitTime)) µs per call")
        let normalLikelihood = normal.likelihood(on: sample)
        let normalTime = time(calls: 200) { i in normalLikelihood.jet(Theta(1.5 + Double(i) * 1e-9, 1)).value }
        print("normal formula, (x - mu)^2 per observation: \(format(normalTime)) µs per call")
    }

    /// ℓ, ∇ℓ and ∇²ℓ summed observation by observation, with the parts free of x hoisted.
    static func handWrittenGamma(_ sample: [Double], alpha: Double, beta: Double) -> Double {
        let logBeta = Double.log(beta)
        let logGammaAlpha = Double.logGamma(alpha)
        let psi = digamma(alpha)
        let psi1 = trigamma(alpha)
        var value = 0.0
        var gradient = (0.0, 0.0)
        var hessian = (0.0, 0.0, 0.0)
        for x in sample {
            let logX = Double.log(x)
            value += alpha * logBeta - logGammaAlpha + (alpha - 1) * logX - beta * x
            gradient.0 += logBeta - psi + logX
            gradient.1 += alpha / beta - x
            hessian.0 -= psi1
            hessian.1 += 1 / beta
            hessian.2 -= alpha / (beta * beta)
        }
        return value + gradient.0 + gradient.1 + hessian.0 + hessian.1 + hessian.2
    }

    /// Microseconds per call of `body`, with a checksum kept so the work is not optimised away.
    private static func time(calls: Int, _ body: (Int) -> Double) -> Double {
        var checksum = 0.0
        let elapsed = ContinuousClock().measure {
            for i in 0..<calls { checksum += body(i) }
        }
        precondition(checksum.isFinite, "the benchmark's checksum is finite")
        let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
        return nanoseconds / Double(calls) / 1000
    }

    private static func format(_ x: Double) -> String {
        let hundredths = (x * 100).rounded()
        return "\(Int(hundredths) / 100).\(String(Int(hundredths) % 100).leftPadded(to: 2))"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
