import ArgumentParser

/// `mletutor`: the root command. With no subcommand it runs the tutor.
public struct MLETutorCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "mletutor",
        abstract: "An interactive terminal tutorial on maximum likelihood estimation.",
        version: version,
        subcommands: [FitCommand.self],
        defaultSubcommand: nil
    )

    public init() {}
}
