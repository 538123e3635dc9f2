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
}
