import Testing

@testable import MLECore

/// The parser's located messages, pinned word for word, and the shapes it builds.
struct ExpressionParserTests {
    static let lambdaScope = try? ExpressionScope(parameters: ["lambda"])

    static func parseError(_ formula: String, parameters: [String] = ["lambda"]) -> ExpressionError? {
        do {
            _ = try ExpressionParser.parse(formula, scope: ExpressionScope(parameters: parameters))
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedCallPointsPastTheEnd() throws {
        let error = try #require(Self.parseError("1/mean(x"))
        #expect(error.description == "column 9: expected ')' to close the '(' at column 7")
    }

    @Test func implicitMultiplicationSuggestsTheStar() throws {
        let error = try #require(Self.parseError("2x"))
        #expect(error.description == "column 2: expected an operator before 'x': write 2*x to multiply")
        let bracket = try #require(Self.parseError("(x)(x)"))
        #expect(bracket.column == 4)
    }

    @Test func misspeltNameGetsASuggestion() throws {
        let error = try #require(Self.parseError("log(lamda) - lambda*x"))
        #expect(error.description == "column 5: unknown name 'lamda': did you mean 'lambda'?")
        #expect(error.unknownName == "lamda")
    }

    @Test func modelNamesAParameterWithoutAStart() {
        #expect(throws: ExpressionError.self) { try FormulaModel("log(mu) - x", parameters: ["lambda"]) }
        do {
            _ = try FormulaModel("-log(s) - abs(x - m)/s", parameters: ["s"])
            Issue.record("a name without a start was accepted")
        } catch {
            #expect(
                error.description
                    == "column 19: 'm' is neither x, n nor a parameter with a start value: give it one (m=VALUE)")
        }
    }

    @Test(arguments: [
        ("", "column 1: the formula is empty"),
        ("x +", "column 4: the formula ends too soon: expected a number, a name or '('"),
        ("log", "column 1: 'log' is a function: write log(...)"),
        ("log(x, 2)", "column 1: log takes 1 argument, got 2"),
        ("x)", "column 2: ')' has no matching '('"),
        ("x²", "column 2: unexpected '²': write ^2 for a square"),
        (
            "x\u{1B}",
            "column 2: unexpected control character U+1B: a formula has numbers, names, + - * / ^ ( ) and commas"
        ),
        ("1e999", "column 1: 1e999 is too large for a number"),
        ("lambda(2)", "column 7: 'lambda' is not a function: write lambda*(...) to multiply"),
    ])
    func messages(formula: String, expected: String) throws {
        let error = try #require(Self.parseError(formula))
        #expect(error.description == expected)
    }

    @Test func deepNestingIsRefusedNotCrashed() throws {
        let deep = String(repeating: "(", count: 240) + "x" + String(repeating: ")", count: 240)
        let error = try #require(Self.parseError(deep))
        #expect(error.message == "the formula nests too deeply")
        let minuses = String(repeating: "-", count: 300) + "x"
        #expect(Self.parseError(minuses)?.message == "the formula nests too deeply")
    }

    @Test func hostileInputIsRefusedOrComputedSafely() throws {
        let long = Array(repeating: "x", count: 300).joined(separator: "+")
        #expect(Self.parseError(long)?.message == "the formula is longer than 500 characters")
        let chain = try ExpressionParser.parse(
            Array(repeating: "x", count: 250).joined(separator: "+"), scope: .dataOnly)
        var evaluator = PlainEvaluator(sample: [], parameters: [])
        #expect(evaluator.value(chain, x: 2) == 500)
        #expect(Self.parseError("x\u{0}")?.column == 2)
        let tiny = try ExpressionParser.parse("1e-320 * x", scope: .dataOnly)
        #expect(evaluator.value(tiny, x: 1) == Double("1e-320"))
        let huge = try FormulaModel("1e308*1e308*lambda*x", parameters: ["lambda"])
        #expect(!huge.likelihood(on: [1]).isInDomain(Theta(1)))
        #expect(huge.firstUndefined(on: [1], at: [1])?.reason == "overflows to infinity")
        let greek = try FormulaModel("log(λ) - λ*x", parameters: ["λ"])
        #expect(greek.likelihood(on: [0.5]).score(Theta(2))[0] == 0)
    }

    @Test func precedenceAndAssociativity() throws {
        let scope = ExpressionScope.dataOnly
        let node = try ExpressionParser.parse("-x^2^1 + 6/3/2 - 1", scope: scope)
        var evaluator = PlainEvaluator(sample: [], parameters: [])
        // −(3^(2^1)) + (6/3)/2 − 1 = −9 + 1 − 1
        #expect(evaluator.value(node, x: 3) == -9)
        let unicode = try ExpressionParser.parse("2 × x − 1", scope: scope)
        #expect(evaluator.value(unicode, x: 3) == 5)
    }

    @Test func reservedAndRepeatedParameterNamesAreRejected() {
        #expect(throws: ExpressionError.self) { try ExpressionScope(parameters: ["x"]) }
        #expect(throws: ExpressionError.self) { try ExpressionScope(parameters: ["a", "a"]) }
        #expect(throws: ExpressionError.self) { try ExpressionScope(parameters: ["a", "b", "c"]) }
        #expect(throws: ExpressionError.self) { try ExpressionScope(parameters: ["2a"]) }
    }
}
