import MLECore

/// CoreBenchmarks: times the statistics core, or writes a seeded sample for reference scripts and
/// the `fit` benchmark.
///
///   CoreBenchmarks                                  time ℓ, score and information from summaries, then simulations
///   CoreBenchmarks simulation                       time 10,000 Gamma fits on samples of 100 only
///   CoreBenchmarks formula                          time typed models' ℓ, gradient and Hessian only
///   CoreBenchmarks models                           time the softmax, noise-regression and bigram pages' work only
///   CoreBenchmarks student-t                        time Student-t fits and their three profile intervals only
///   CoreBenchmarks sample FAMILY P1 [P2] N SEED     print a seeded sample, one value per line
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "sample":
    SampleWriter.run(Array(arguments.dropFirst()))
case "simulation":
    SimulationBenchmark.run()
case "formula":
    FormulaBenchmark.run()
case "models":
    ModelBenchmark.run()
case "student-t":
    StudentTBenchmark.run()
default:
    LikelihoodBenchmark.run()
    FormulaBenchmark.run()
    SimulationBenchmark.run()
    ModelBenchmark.run()
    StudentTBenchmark.run()
}
