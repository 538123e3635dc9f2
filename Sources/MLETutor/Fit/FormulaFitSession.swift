import MLECore

/// One run of `fit --model`: reads the observations, parses the model, fits it from the start
/// values and prints the same table (or JSON) as a family fit. I/O is explicit, as in `FitSession`.
struct FormulaFitSession {
    /// Exit status for a formula that does not parse or a start that does not fit it (EX_USAGE).
    static let usageStatus: Int32 = 64

    let expression: String
    let start: [(name: String, value: Double)]
    let format: DataFormat
    let json: Bool

    func run(_ source: some ByteSource, name: String) -> FitSession.Outcome {
        let model: FormulaModel
        do {
            model = try FormulaModel(expression, parameters: start.map(\.name))
        } catch {
            return Self.formulaFailure(error, expression: expression)
        }
        let values: [Double]
        let lines: [Int]
        do {
            (values, lines) = try Self.observations(source, format: format)
        } catch {
            return FitSession.failure(error, name: name)
        }
        do {
            let result = try FormulaFit.fit(
                model, sample: values, start: Dictionary(uniqueKeysWithValues: start.map { ($0.name, $0.value) }))
            return FitSession.Outcome(
                standardOutput: json ? FitReport.json(result) : FitReport.table(result, source: name))
        } catch {
            return failure(error, lines: lines, name: name)
        }
    }

    /// Every number in `source` with its line, kept: a typed model may need each observation.
    ///
    /// - Throws: the reader's errors, or `DataError.emptySample`.
    static func observations(_ source: some ByteSource, format: DataFormat) throws -> (values: [Double], lines: [Int]) {
        var values: [Double] = []
        var lines: [Int] = []
        var reader = NumberReader(source, format: format)
        try reader.forEachNumber { value, line in
            values.append(value)
            lines.append(line)
        }
        guard !values.isEmpty else { throw DataError.emptySample }
        return (values, lines)
    }

    /// `--model, column 5: error: …` with the formula and a caret under the column.
    static func formulaFailure(_ error: ExpressionError, expression: String) -> FitSession.Outcome {
        let caret = error.caretLines(under: expression).map { "  " + $0 }.joined(separator: "\n")
        return FitSession.Outcome(
            standardError: "--model, column \(error.column): error: \(error.message)\n\(caret)\n", status: usageStatus)
    }

    private func failure(_ error: FormulaFitError, lines: [Int], name: String) -> FitSession.Outcome {
        let startText = start.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        switch error {
        case .undefinedAtStart(let point):
            if let index = point.observation, index < lines.count, let x = point.value {
                return FitSession.Outcome(
                    standardError:
                        "\(name):\(lines[index]): error: at the start (\(startText)) the model is undefined for x = \(x): \(point)\n",
                    status: FitSession.dataErrorStatus)
            }
            return FitSession.Outcome(
                standardError: "--start: error: the model is undefined at \(startText): \(point)\n",
                status: Self.usageStatus)
        case .startMismatch(let message):
            return FitSession.Outcome(standardError: "--start: error: \(message)\n", status: Self.usageStatus)
        case .derivativesUndefinedAtStart:
            return FitSession.Outcome(standardError: "--start: error: \(error)\n", status: Self.usageStatus)
        case .emptySample:
            return FitSession.failure(DataError.emptySample, name: name)
        case .unbounded:
            return FitSession.Outcome(
                standardError: "\(name): error: \(error); check the formula\n", status: FitSession.dataErrorStatus)
        }
    }
}
