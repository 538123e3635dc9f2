import Glibc
import MLECore

/// Prints a seeded sample, one shortest-round-trip value per line, so that Python reference
/// scripts and the `fit` benchmark read exactly the values the Swift tests regenerate.
enum SampleWriter {
    static func run(_ arguments: [String]) {
        guard arguments.count >= 4, let n = Int(arguments[arguments.count - 2]),
            let seed = UInt64(arguments[arguments.count - 1])
        else {
            usage()
        }
        let parameters = arguments[1..<(arguments.count - 2)].compactMap(Double.init)
        var generator = SeededGenerator(seed: seed)
        switch (arguments[0], parameters.count) {
        case ("normal", 2): emit(Normal(mu: parameters[0], sigma: parameters[1]), n, &generator)
        case ("gamma", 2): emit(Gamma(alpha: parameters[0], beta: parameters[1]), n, &generator)
        case ("exponential", 1): emit(Exponential(lambda: parameters[0]), n, &generator)
        case ("poisson", 1): emit(Poisson(lambda: parameters[0]), n, &generator)
        case ("bernoulli", 1): emit(Bernoulli(p: parameters[0]), n, &generator)
        case ("binomial", 2): emit(Binomial(trials: Int(parameters[0]), p: parameters[1]), n, &generator)
        default: usage()
        }
    }

    private static func usage() -> Never {
        let text = "usage: CoreBenchmarks sample normal|gamma|exponential|poisson|bernoulli|binomial P1 [P2] N SEED\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        exit(64)
    }

    private static func emit<D: Distribution>(_ distribution: D, _ n: Int, _ generator: inout SeededGenerator)
    where D.Value == Double {
        var chunk = ""
        for _ in 0..<n {
            chunk += "\(distribution.sample(using: &generator))\n"
            if chunk.utf8.count > 1 << 16 { flush(&chunk) }
        }
        flush(&chunk)
    }

    private static func flush(_ chunk: inout String) {
        chunk.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { exit(74) }
                offset += written
            }
        }
        chunk = ""
    }
}
