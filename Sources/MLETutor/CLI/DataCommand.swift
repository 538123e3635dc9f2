import ArgumentParser

/// `mletutor data [NAME]`: prints a sample shipped with the course, so the learner can save it and
/// fit it (`mletutor data gamma > gamma.csv`, then `mletutor fit gamma gamma.csv`).
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Print a sample data file shipped with the course.",
        discussion: """
            The samples are the chapter's worked example: NumPy's generator seeded with 42 drew 100 Normal, \
            then 100 Exponential, then 200 Gamma values. Without a name, lists them.
            """
    )

    @Argument(help: "The sample to print: normal, exponential or gamma.")
    var name: String?

    func run() throws {
        guard let name else {
            print(Self.listing)
            return
        }
        guard let file = SampleDataFile.named(name) else {
            let names = SampleDataFile.all.map(\.name)
            throw ValidationError(
                // debugDescription quotes the name and escapes control characters for the terminal.
                "no sample named \(name.debugDescription)"
                    + suggestion(for: name, among: names, listedAs: "the samples are"))
        }
        print(file.text, terminator: "")
    }

    /// One line a sample: its name and the description on its first line.
    static var listing: String {
        let lines = SampleDataFile.all.map { file in
            let description = file.text.prefix { $0 != "\n" }.drop { $0 == "#" || $0 == " " }
            return "\(file.name.padding(to: 12)) \(description)"
        }
        return (lines + ["", "Save one with 'mletutor data NAME > NAME.csv' and fit it with 'mletutor fit'."])
            .joined(separator: "\n")
    }
}
