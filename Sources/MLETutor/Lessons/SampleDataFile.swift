import MLECore

/// A sample shipped with the course in `lessons/data/NAME.csv` and built into the binary: the
/// chapter's seed-42 draws, which lesson pages fit and `mletutor data NAME` hands to the learner.
struct SampleDataFile: Sendable {
    /// The file's name without `.csv`: `normal`, `exponential`, `gamma`.
    var name: String
    /// The file as shipped: a `#` line saying where the numbers came from, then one number a line.
    var text: String

    /// Every shipped sample, in file-name order.
    static var all: [SampleDataFile] {
        EmbeddedLessons.dataFiles.map { file in
            SampleDataFile(name: String(file.name.dropLast(".csv".count)), text: file.text)
        }
    }

    /// The shipped sample called `name`, if there is one.
    static func named(_ name: String) -> SampleDataFile? {
        all.first { $0.name == name }
    }

    /// The file's numbers summarised for `family`, read exactly as `mletutor fit` reads a file.
    func summary(for family: Family) throws -> SampleSummary {
        try FitSession.summarize(MemorySource(text), family: family, format: DataFormat())
    }

    /// The maximum likelihood fit of `family` to the file, as `mletutor fit` reports it.
    func fit(_ family: Family) throws -> FitResult {
        try MaximumLikelihood.fit(summary(for: family))
    }
}
