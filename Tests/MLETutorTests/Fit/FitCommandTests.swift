import ArgumentParser
import MLECore
import Testing

@testable import MLETutor

struct FitCommandTests {
    func message(_ arguments: [String]) -> String {
        do {
            _ = try FitCommand.parse(arguments)
            return ""
        } catch {
            return FitCommand.message(for: error)
        }
    }

    @Test func parsesFamilyFixedParametersAndOptions() throws {
        let command = try FitCommand.parse(["binomial", "data.csv", "--trials", "10", "--column", "2", "--json"])
        #expect(command.family == .binomial(trials: 10))
        #expect(command.fixed.isEmpty)
        #expect(command.column == 2 && command.json && command.file == "data.csv")
        let gamma = try FitCommand.parse(["gamma", "--beta", "0.5"])
        #expect(gamma.fixed == ["beta": 0.5])
        #expect(gamma.file == "-")
    }

    @Test func rejectsInconsistentOptions() {
        #expect(message(["binomial", "x"]) == "binomial needs --trials N, the number of trials per observation")
        #expect(message(["normal", "--trials", "3"]) == "--trials applies to binomial only")
        #expect(
            message(["normal", "--beta", "2"]) == "--beta is not a parameter of normal (its parameters: mu, sigma)")
        #expect(message(["normal", "--sigma=-1"]) == "--sigma must be greater than 0, got -1")
        #expect(
            message(["bernoulli", "--p", "0.5"])
                == "every parameter of bernoulli is fixed: leave at least one to estimate")
        #expect(message(["normal", "--column", "0"]) == "--column counts from 1, got 0")
        #expect(message(["weibul"]) == "unknown distribution 'weibul'; did you mean 'weibull'?")
    }

    @Test func negativeColumnsAndTrialsReachTheirOwnMessage() {
        #expect(message(["normal", "data.csv", "--column", "-1"]) == "--column counts from 1, got -1")
        #expect(message(["binomial", "data.csv", "--trials", "-1"]) == "--trials must be at least 1, got -1")
        #expect(
            message(["normal", "data.csv", "--column", "2", "--censored", "-1"])
                == "--censored counts columns from 1, got -1")
    }

    @Test func fixedParametersWithAFormulaSayThatIsTheProblem() {
        #expect(
            message(["--model", "-log(2*b) - abs(x - m)/b", "--start", "m=0,b=1", "normal.csv", "--b", "2"])
                == "--model takes no fixed parameters (got '--b'): write a known value into the formula instead")
        #expect(
            message(["--model", "-log(b) - x/b", "--start", "b=1", "a.csv", "b.csv"])
                == "give one data file, as FILE or with --file")
    }

    @Test func negativeValuesAndNonNumbersAreReadAsTheFamilyDescribesThem() throws {
        let spaced = try FitCommand.parse(["normal", "--mu", "-1", "data.txt"])
        #expect(spaced.fixed == ["mu": -1] && spaced.file == "data.txt")
        let joined = try FitCommand.parse(["lognormal", "data.txt", "--mu=-2.5", "--json"])
        #expect(joined.fixed == ["mu": -2.5] && joined.file == "data.txt" && joined.json)
        #expect(message(["normal", "--mu", "nan"]) == "--mu must be a finite number, got nan")
        #expect(message(["normal", "--sigma", "inf"]) == "--sigma must be a finite number greater than 0, got inf")
        #expect(message(["bernoulli", "--p", "1.5", "x"]) == "--p must be between 0 and 1, got 1.5")
        #expect(message(["normal", "--mu", "abc"]) == "--mu must be a finite number, got 'abc'")
        #expect(message(["normal", "--mu"]) == "--mu needs a value")
        #expect(message(["normal", "--mu", "1", "--mu", "2"]) == "--mu is given twice")
        #expect(message(["normal", "--nonsense", "2"]) == "unknown option '--nonsense'")
        #expect(message(["normal", "a.txt", "b.txt"]) == "give one data file, not a.txt b.txt")
    }

    @Test func helpListsEveryRegisteredFamilyAndItsParameters() {
        let help = FitCommand.helpMessage()
        for model in FamilyRegistry.all {
            // Spelled in ASCII, as the man page needs (ψ as psi, μ as mu).
            #expect(help.contains(ASCIITransliteration.apply("\(model.name): " + model.title.prefix(12))))
            for parameter in model.parameters {
                #expect(help.contains(ASCIITransliteration.apply("--\(parameter.name): \(parameter.symbol)")))
            }
        }
    }

    @Test func everyFamilysSymbolsHaveAnASCIISpelling() {
        for model in FamilyRegistry.all {
            for parameter in model.parameters {
                #expect(
                    ASCIITransliteration.apply(parameter.symbol).unicodeScalars.allSatisfy { $0.isASCII },
                    "\(parameter.symbol)")
            }
        }
    }

    @Test func isRegisteredUnderTheRootCommand() {
        #expect(MLETutorCommand.configuration.subcommands.contains { $0 == FitCommand.self })
    }
}
