import MLECore

/// CoreBenchmarks: times the statistics core, or writes a seeded sample for reference scripts and
/// the `fit` benchmark.
///
///   CoreBenchmarks                                  time ℓ, score and information from summaries
///   CoreBenchmarks sample FAMILY P1 [P2] N SEED     print a seeded sample, one value per line
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "sample" {
    SampleWriter.run(Array(arguments.dropFirst()))
} else {
    LikelihoodBenchmark.run()
}
