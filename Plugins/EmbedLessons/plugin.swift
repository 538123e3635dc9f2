import Foundation
import PackagePlugin

/// Builds the shipped course into the binary: every YAML file in the package's `lessons/`
/// folder becomes a string in a generated Swift file, so `mletutor` runs from any directory.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lessonsDirectory = context.package.directoryURL.appending(path: "lessons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: lessonsDirectory.path())) ?? []
        let inputs =
            names
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
            .map { lessonsDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) lesson files",
                executable: try context.tool(named: "LessonEmbedder").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
