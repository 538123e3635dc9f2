import MLECore

/// `fit DIST FILE --column K --censored C`: reads times from column K and 0/1 flags (1 =
/// censored) from column C of the same rows, and fits by the censored log-likelihood.
struct CensoredFitSession {
    let family: Family
    /// The time column is `format.column`.
    let format: DataFormat
    /// The column of 0/1 censoring flags.
    let flagColumn: Int
    let json: Bool

    /// Fits the times in `source`, named `name` in messages.
    func run(_ source: some ByteSource, name: String) -> FitSession.Outcome {
        do {
            var times: [Double] = []
            var events: [Bool] = []
            var reader = NumberReader(source, format: format)
            try reader.forEachCensoredTime(flagColumn: flagColumn) { time, censored, line in
                guard time > 0 else {
                    throw DataFileError(line: line, message: "a survival time must be greater than 0, found \(time)")
                }
                times.append(time)
                events.append(!censored)
            }
            guard !times.isEmpty else { throw DataError.emptySample }
            let data = try CensoredSurvival(times: times, events: events)
            let result = try data.fit(family)
            let censored = times.count - data.eventCount
            let text =
                json
                ? FitReport.json(result, censored: censored)
                : FitReport.table(result, source: name, censored: censored)
            let missing = reader.missing
            let note = missing.count > 0 ? "\(name): note: skipped \(missing.description)\n" : ""
            return FitSession.Outcome(standardOutput: text, standardError: note)
        } catch let error as CensoredSurvival.DataError {
            return FitSession.Outcome(
                standardError: "\(name): error: \(error)\n", status: FitSession.dataErrorStatus)
        } catch let error as CensoredSurvival.FitError {
            return FitSession.Outcome(
                standardError: "\(name): error: \(error)\n", status: FitSession.dataErrorStatus)
        } catch {
            return FitSession.failure(error, name: name)
        }
    }
}
