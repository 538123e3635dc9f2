import MLECore

/// One run of `fit --compare`: reads the source once, feeding every family's summary, fits each,
/// ranks them by AIC and prints a table or a JSON array.
struct ComparisonSession {
    /// The families named, or nil for the default set chosen from the data.
    let families: [Family]?
    let format: DataFormat
    let json: Bool
    /// Draw the data and every fit under the table, at this size.
    var plot: PlotSize? = nil
    var options = DisplayOptions()

    /// Compares the families on the numbers in `source`, named `name` in messages.
    func run(_ source: some ByteSource, name: String) -> FitSession.Outcome {
        do {
            var values: [Double] = []
            let comparison = try Self.compare(
                source, families: families, format: format, keeping: plot == nil ? nil : { values.append($0) })
            var text = json ? ComparisonReport.json(comparison) : ComparisonReport.table(comparison, source: name)
            if let plot, !json {
                let fits = comparison.entries.compactMap { try? $0.outcome.get() }
                let discrete = fits.filter { $0.family?.support.isDiscrete == true }
                let continuous = fits.filter { $0.family?.support.isDiscrete != true }
                // One plot per kind of support: bars and P-P for counts, a histogram and Q-Q otherwise.
                for group in [continuous, discrete] where !group.isEmpty {
                    text += "\n" + FitPlot.text(values: values, fits: group, size: plot, options: options)
                }
            }
            return FitSession.Outcome(standardOutput: text)
        } catch {
            return FitSession.failure(error, name: name)
        }
    }

    /// Reads `source` once into a summary per family; a value outside one family's support
    /// removes that family (with the line) and the rest go on. A token that is not a number stops
    /// everything, as in a single fit.
    static func compare(
        _ source: some ByteSource, families: [Family]?, format: DataFormat, keeping keep: ((Double) -> Void)? = nil
    ) throws -> FamilyComparison {
        let candidates = families ?? FamilyRegistry.all.filter { !$0.takesTrials }.map { Family($0) }
        var summaries = SampleSummaries(families: candidates)
        var minimum = Double.infinity
        var maximum = -Double.infinity
        var allWhole = true
        var reader = NumberReader(source, format: format)
        try reader.forEachNumber { value, line in
            guard value.isFinite else { throw DataError.notFinite(text: "\(value)", line: line) }
            minimum = min(minimum, value)
            maximum = max(maximum, value)
            keep?(value)
            allWhole = allWhole && value.rounded() == value
            summaries.add(value, line: line)
        }
        guard summaries.count > 0 else { throw DataError.emptySample }
        let results = summaries.results
        var chosen = Array(candidates.indices)
        if families == nil {
            let wanted = FamilyComparison.defaultFamilies(minimum: minimum, maximum: maximum, allWhole: allWhole)
            chosen = chosen.filter { wanted.contains(candidates[$0]) }
        }
        return FamilyComparison.fitting(chosen.map { (candidates[$0], results[$0]) })
    }

    /// The families in a comma-separated list, or a message naming the unknown one.
    static func families(_ list: String, trials: Int?) throws(FamilyListError) -> [Family] {
        var families: [Family] = []
        for name in list.split(separator: ",").map({ String($0.filter { $0 != " " }) }) {
            guard let model = FamilyRegistry.description(named: name) else {
                throw FamilyListError(
                    message: "unknown distribution '\(name)' in --compare"
                        + suggestion(for: name, among: FamilyRegistry.names, listedAs: "families"))
            }
            if model.takesTrials && trials == nil {
                throw FamilyListError(message: "\(name) in --compare needs --trials N")
            }
            let family = Family(model, trials: model.takesTrials ? trials : nil)
            if !families.contains(family) { families.append(family) }
        }
        guard families.count >= 1 else { throw FamilyListError(message: "--compare needs at least one family") }
        return families
    }
}

/// An unusable `--compare` list.
struct FamilyListError: Error {
    let message: String
}
