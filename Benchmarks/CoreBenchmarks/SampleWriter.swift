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
        var parameters = arguments[1..<(arguments.count - 2)].compactMap(Double.init)
        var generator = SeededGenerator(seed: seed)
        guard let model = FamilyRegistry.description(named: arguments[0]) else { usage() }
        // A family with trials takes them first: `binomial 10 0.3 N SEED`.
        let trials = model.takesTrials && !parameters.isEmpty ? Int(parameters.removeFirst()) : nil
        guard parameters.count == model.parameters.count,
            zip(model.parameters, parameters).allSatisfy({ $0.domain.contains($1) }), (trials ?? 1) >= 1
        else { usage() }
        emit(model.distribution(parameters, trials: trials), n, &generator)
    }

    private static func usage() -> Never {
        let text =
            "usage: CoreBenchmarks sample \(FamilyRegistry.names.joined(separator: "|")) [TRIALS] P1 [P2] N SEED\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        exit(64)
    }

    private static func emit(_ distribution: any CumulativeDistribution, _ n: Int, _ generator: inout SeededGenerator) {
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
