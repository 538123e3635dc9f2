import MLECore

/// The lines above a model page's plot: the formula, the score for the parameter on screen, and
/// what is wrong with the model at the current θ, if anything.
enum ModelPageText {
    static func lines(_ page: ModelPage, width: Int) -> [(String, Style)] {
        let model = page.model
        let names = model.parameterNames
        let printer = ExpressionPrinter(style: .unicode, parameterNames: names)
        var lines: [(String, Style)] = [("log f(x) = " + printer.text(model.node), .strong)]
        let shownIndex = names.firstIndex { ReadoutFormat.symbol($0) == page.tabs.names[page.tabs.selected] } ?? 0
        if let score = model.node.derivative(inParameter: shownIndex) {
            let symbol = ReadoutFormat.symbol(names[shownIndex])
            lines += PageText.wrapped(
                "score ∂ℓ/∂\(symbol) = " + printer.sumOverObservations(score), style: .plain, width: width, lines: 1)
        }
        let theta = page.currentParameters
        let at = zip(names, theta).map { "\(ReadoutFormat.symbol($0)) = \(ReadoutFormat.compact($1, digits: 4))" }
            .joined(separator: ", ")
        if let undefined = model.firstUndefined(on: page.sample, at: theta) {
            let which = undefined.value.map { " at x = \(ReadoutFormat.compact($0, digits: 6))" } ?? ""
            lines += PageText.wrapped(
                "Undefined\(which) (\(at)): \(undefined)", style: .failure, width: width)
            return lines
        }
        let check = model.densityCheck(on: page.sample, at: theta)
        if !check.isDensity {
            let total = check.total.isFinite ? ReadoutFormat.significant(check.total, digits: 4) : "undefined"
            let verb = check.support == .counts ? "sums" : "integrates"
            lines += PageText.wrapped(
                "Not a density: exp(log f) \(verb) to \(total), not 1, over \(check.support.rawValue) (\(at)).",
                style: .failure, width: width)
        }
        return lines
    }
}
