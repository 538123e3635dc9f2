import MLECore

/// The lines above a model page's plot: the formula, the score for the parameter on screen, and
/// what is wrong with the model at the current θ, if anything.
enum ModelPageText {
    static func lines(_ page: ModelPage, width: Int) -> [(String, Style)] {
        let model = page.model
        let names = model.parameterNames
        let printer = ExpressionPrinter(style: .unicode, parameterNames: names)
        var lines: [(String, Style)] = [("log f(x) = " + printer.text(model.node), .strong)]
        // The surface shows both scores; a parameter's tab, its own.
        let shown =
            page.showsSurface
            ? Array(names.indices)
            : [names.firstIndex { ReadoutFormat.symbol($0) == page.tabs.names[page.tabs.selected] } ?? 0]
        for index in shown {
            guard let score = model.node.derivative(inParameter: index) else { continue }
            let symbol = ReadoutFormat.symbol(names[index])
            lines += PageText.wrapped(
                "score ∂ℓ/∂\(symbol) = " + printer.sumOverObservations(score), style: .plain, width: width, lines: 1)
        }
        if let warning = page.warning {
            lines += PageText.wrapped(warning, style: .failure, width: width)
        }
        return lines
    }

    /// What is wrong with the model at θ, or nil: undefined at the data (naming the observation),
    /// or not a density (with the total).
    ///
    /// - Complexity: one evaluation of ℓ, O(n) more only when it is not finite, then O(20,000)
    ///   per support checked.
    static func warning(for likelihood: FormulaLikelihood, at theta: [Double]) -> String? {
        let (model, sample) = (likelihood.model, likelihood.sample)
        let names = model.parameterNames
        let at = zip(names, theta).map { "\(ReadoutFormat.symbol($0)) = \(ReadoutFormat.compact($1, digits: 4))" }
            .joined(separator: ", ")
        let point = theta.count == 1 ? Theta(theta[0]) : Theta(theta[0], theta[1])
        if !likelihood.logLikelihood(point).isFinite, let undefined = model.firstUndefined(on: sample, at: theta) {
            let which = undefined.value.map { " at x = \(ReadoutFormat.compact($0, digits: 6))" } ?? ""
            return "Undefined\(which) (\(at)): \(undefined)"
        }
        let check = model.densityCheck(on: sample, at: theta)
        guard !check.isDensity else { return nil }
        let total = check.total.isFinite ? ReadoutFormat.significant(check.total, digits: 4) : "undefined"
        let verb = check.support == .counts ? "sums" : "integrates"
        return "Not a density: exp(log f) \(verb) to \(total), not 1, over \(check.support.rawValue) (\(at))."
    }
}
