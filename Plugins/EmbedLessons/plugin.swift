import Foundation
import PackagePlugin

/// Builds the shipped course into the binary: every YAML file in the package's `lessons/`
/// folder, and every CSV sample in `lessons/data/`, becomes a string in a generated Swift file,
/// so `mletutor` runs from any directory.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lessonsDirectory = context.package.directoryURL.appending(path: "lessons")
        let lessons = files(in: lessonsDirectory) { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        let samples = files(in: lessonsDirectory.appending(path: "data")) { $0.hasSuffix(".csv") }
        let inputs = lessons + samples
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(lessons.count) lesson files and \(samples.count) data files",
                executable: try context.tool(named: "LessonEmbedder").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// The files of `directory` whose names pass `include`, in name order (none if it is missing).
    private func files(in directory: URL, include: (String) -> Bool) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path())) ?? []
        return names.filter(include).sorted().map { directory.appending(path: $0) }
    }
}
