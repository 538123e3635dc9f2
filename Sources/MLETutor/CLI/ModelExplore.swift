import MLECore

/// `explore --model EXPR --start …`: the model page on the learner's data, full screen.
enum ModelExplore {
    /// The page for `formula` on the `--data` list or the file (`--file`, or the first word).
    static func load(_ formula: FormulaModelOptions, file: String?, data: String?, column: Int?)
        -> Result<(page: any PageModel, title: String), ExploreFailure>
    {
        let expression = formula.expression ?? ""
        if let data {
            return page(
                expression: expression, start: formula.startValues, source: listSource(data), name: "--data",
                column: nil)
        }
        let path = formula.dataFile ?? file ?? "-"
        do {
            let source = try FileSource(path: path)
            defer { source.close() }
            return page(
                expression: expression, start: formula.startValues, source: source, name: source.name, column: column)
        } catch {
            let outcome = FitSession.failure(error, name: path)
            return .failure(ExploreFailure(message: outcome.standardError, status: outcome.status))
        }
    }

    /// The page and its title, or what to print and the exit status when the formula, the start or
    /// the data are bad.
    static func page(
        expression: String, start: [(name: String, value: Double)], source: some ByteSource, name: String,
        column: Int?
    ) -> Result<(page: any PageModel, title: String), ExploreFailure> {
        let model: FormulaModel
        do {
            model = try FormulaModel(expression, parameters: start.map(\.name))
        } catch {
            let outcome = FormulaFitSession.formulaFailure(error, expression: expression)
            return .failure(ExploreFailure(message: outcome.standardError, status: outcome.status))
        }
        let values: [Double]
        let lines: [Int]
        do {
            (values, lines) = try FormulaFitSession.observations(source, format: DataFormat(column: column))
        } catch {
            let outcome = FitSession.failure(error, name: name)
            return .failure(ExploreFailure(message: outcome.standardError, status: outcome.status))
        }
        if let undefined = model.firstUndefined(on: values, at: start.map(\.value)) {
            let place = undefined.observation.map { "\(name):\(lines[$0])" } ?? "--start"
            return .failure(
                ExploreFailure(
                    message: "\(place): error: the model is undefined at the start: \(undefined)\n",
                    status: FitSession.dataErrorStatus))
        }
        let starts = Dictionary(uniqueKeysWithValues: start.map { ($0.name, $0.value) })
        let page = ModelPage(model: model, sample: values, start: starts)
        return .success(
            (page, title(expression: expression, parameters: start.map(\.name), n: values.count, source: name)))
    }

    /// The header: the formula when it leaves room at 80 columns (the page writes it out in full
    /// below), otherwise the parameters it has; then n and the source.
    static func title(expression: String, parameters: [String], n: Int, source: String) -> String {
        let data = ", n = \(n) from \(source)"
        let formula = ExpressionError.printable(expression)
        // 80 columns less " mletutor explore: " and a margin.
        if (formula + data).displayColumns <= 60 { return formula + data }
        return "your model of \(parameters.joined(separator: " and "))" + data
    }

    /// `--data 1,2,3` as a source of one number per line, so it is read like a file.
    static func listSource(_ list: String) -> MemorySource {
        MemorySource(String(list.map { $0 == "," ? "\n" : $0 }))
    }
}
