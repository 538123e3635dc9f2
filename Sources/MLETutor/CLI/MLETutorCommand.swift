import ArgumentParser

/// `mletutor`: the root command. With no subcommand it runs the tutor.
public struct MLETutorCommand: ParsableCommand {
    static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "mletutor",
        abstract: "An interactive terminal tutorial on maximum likelihood estimation.",
        version: version,
        subcommands: [
            TutorCommand.self, ListCommand.self, LintCommand.self, RenderCommand.self, ResetCommand.self,
            FitCommand.self, ExploreCommand.self, DataCommand.self,
        ],
        defaultSubcommand: TutorCommand.self
    )

    public init() {}
}
