import ArgumentParser

/// `mletutor reset`: forgets the learner's progress, after asking.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Clear your progress (asks first unless --yes)."
    )

    @Flag(name: [.short, .long], help: "Do not ask.")
    var yes = false

    func run() throws {
        let store = ProgressStore()
        if !yes {
            printToStandardOutput("Clear all progress in \(store.path)? [y/N] ", terminator: "")
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased().trimmingSpaces()) else {
                printToStandardOutput("Nothing changed.")
                return
            }
        }
        do {
            printToStandardOutput(try store.reset() ? "Progress cleared." : "There was no progress to clear.")
        } catch {
            printToStandardError("mletutor: error: \(error)")
            throw ExitCode(1)
        }
        try StandardStreams.finish()
    }
}
