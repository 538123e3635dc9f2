import Foundation
import MLECore
import Testing

@testable import MLETutor

/// `fit --model`: the options, the table, and every located message.
struct FormulaFitSessionTests {
    func run(_ expression: String, _ start: [(String, Double)], _ text: String, json: Bool = false)
        -> FitSession.Outcome
    {
        FormulaFitSession(
            expression: expression, start: start.map { (name: $0.0, value: $0.1) }, format: DataFormat(), json: json
        )
        .run(MemorySource(text), name: "data.txt")
    }

    func message(_ arguments: [String]) -> String { FitCommandTests().message(arguments) }

    @Test func parsesModelStartAndFile() throws {
        let command = try FitCommand.parse([
            "--model", "-log(2*b) - abs(x - m)/b", "--start", "m=0, b=1", "--file", "data.txt", "--json",
        ])
        #expect(command.formula.expression == "-log(2*b) - abs(x - m)/b")
        #expect(command.formula.startValues.map(\.name) == ["m", "b"])
        #expect(command.formula.startValues.map(\.value) == [0, 1])
        #expect(command.formula.dataFile == "data.txt" && command.json)
    }

    @Test func rejectsInconsistentModelOptions() {
        #expect(
            message(["--model", "x"]) == "--model needs --start NAME=VALUE for each parameter, e.g. --start lambda=1")
        #expect(message(["normal", "--model", "x", "--start", "a=1"]) == "give a distribution or --model, not both")
        #expect(message(["--start", "a=1", "normal"]) == "--start goes with --model")
        #expect(
            message(["--model", "x", "--start", "a"]) == "--start expects NAME=VALUE items separated by commas, got 'a'"
        )
        #expect(message(["--model", "x", "--start", "a=inf"]) == "--start: 'inf' is not a finite number")
        #expect(message(["--model", "x", "--start", "a=1,a=2"]) == "--start gives 'a' twice")
        #expect(message([]) == "name a distribution, or give --model")
    }

    @Test func tableMatchesTheBuiltInExponentialLayout() {
        let data = "0.5\n1.25\n0.75\n2\n"
        let formula = run("log(lambda) - lambda*x", [("lambda", 1)], data)
        let family = FitSession(family: .exponential, fixed: [:], format: DataFormat(), json: false)
            .run(MemorySource(data), name: "data.txt")
        #expect(formula.status == 0)
        let formulaLines = formula.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let familyLines = family.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(formulaLines[0] == "log(lambda) - lambda*x fit to data.txt by maximum likelihood (Newton-Raphson)")
        // Header, estimate row, n, log-likelihood, AIC and BIC are the built-in fit's, digit for digit,
        // but for the Wald interval: a family's positive λ has it on the log scale, while a typed
        // model's parameter has no known domain and gets the plain θ̂ ± 1.96·SE.
        func withoutWald(_ line: Substring) -> String {
            String(line).replacing(/\[[^\]]*\]\s+/, with: "", maxReplacements: 1)
        }
        #expect(formulaLines[1..<8].map(withoutWald) == familyLines[1..<8].map(withoutWald))
        #expect(formulaLines[3].contains("[0.01779378, 1.759984]"), "0.8888889 ± 1.959964 × 0.4444444")
    }

    @Test func jsonNamesTheModel() throws {
        let outcome = run("log(lambda) - lambda*x", [("lambda", 1)], "1\n2\n", json: true)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(object["model"] as? String == "log(lambda) - lambda*x")
        let parameters = try #require(object["parameters"] as? [String: Double])
        #expect(abs((parameters["lambda"] ?? 0) - 2.0 / 3.0) < 1e-12)
    }

    @Test func locatedErrors() {
        #expect(
            run("log(lamda) - lambda*x", [("lambda", 1)], "1\n")
                == FitSession.Outcome(
                    standardError:
                        "--model, column 5: error: unknown name 'lamda': did you mean 'lambda'?\n  log(lamda) - lambda*x\n      ^\n",
                    status: 64))
        #expect(
            run("-log(s) - abs(x - m)/s", [("s", 1)], "1\n").standardError.hasPrefix(
                "--model, column 19: error: 'm' is neither x, n nor a parameter with a start value: give it one (m=VALUE)"
            ))
        #expect(
            run("log(lambda) - lambda/x", [("lambda", 1)], "# waits\n1\n\n0\n2\n")
                == FitSession.Outcome(
                    standardError:
                        "data.txt:4: error: at the start (lambda = 1.0) the model is undefined for x = 0.0: lambda/x divides by zero\n",
                    status: 65))
        #expect(
            run("log(lambda) - lambda*x", [("lambda", 0)], "1\n").standardError
                == "--start: error: the model is undefined at lambda = 0.0: log(lambda) is log(0) = -infinity\n")
        #expect(
            run("log(lambda) - lambda*x", [("lambda", 1)], "1\nabc\n").standardError
                == "data.txt:2: error: 'abc' is not a number\n")
        #expect(
            run("log(lambda) - lambda*x", [("lambda", 1)], "").standardError
                == "data.txt: error: no data: the sample is empty\n")
        #expect(
            run("log(lambda) - lambda*x", [("lambda", 1), ("mu", 2)], "1\n").standardError
                == "--model, column 1: error: parameter 'mu' has a start value but does not appear in the formula\n  log(lambda) - lambda*x\n  ^\n"
        )
    }

    @Test func anUnboundedLikelihoodIsRefusedNotReportedAsConverged() {
        let outcome = run("a*x", [("a", 1)], "0.5\n1.25\n0.75\n2\n")
        #expect(outcome.status == 65 && outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("data.txt: error: the log-likelihood grows without limit (it reached "))
        #expect(
            outcome.standardError.hasSuffix(
                "), so there is no maximum: exp(formula) is not a density in x; check the formula\n"))
        #expect(run("a*x", [("a", 1)], "0.5\n1.25\n", json: true).status == 65)
    }

    @Test func aFormulaThatIsNotALogDensityIsWarnedAboutInTheTableAndTheJSON() throws {
        let data = "0.5\n1.25\n0.75\n2\n-1\n"
        let warning =
            "exp(formula) integrates to 2.507, not 1, over the real line at the estimate: it is not a density there, so the log-likelihood, AIC and BIC are not those of a probability model and cannot be compared with other models'; the estimates are still right if only a constant factor is missing"
        let table = run("-(x-m)^2/2", [("m", 0)], data)
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("warning: " + warning))
        let json = run("-(x-m)^2/2", [("m", 0)], data, json: true)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect((object["warnings"] as? [String])?.contains(warning) == true)
        let normalised = run("-(x-m)^2/2 - log(2*pi)/2", [("m", 0)], data)
        #expect(!normalised.standardOutput.contains("exp(formula)"))
        #expect(
            !run("log(lambda) - lambda*x", [("lambda", 1)], "0.5\n1.25\n0.75\n2\n").standardOutput.contains(
                "exp(formula)"))
    }
}
