import Foundation

/// The text of one lesson file and the path used in messages about it.
struct LessonSource: Hashable, Sendable {
    var path: String
    var text: String

    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The lessons built into the binary, as `lessons/<file>`.
    static var embedded: [LessonSource] {
        EmbeddedLessons.files.map { LessonSource(path: "lessons/" + $0.name, text: $0.text) }
    }

    /// Every `.yaml` or `.yml` file of `directory`, in file-name order.
    static func files(in directory: String) throws -> [LessonSource] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LessonFolderError(
                message: "cannot read lesson folder '\(directory)': it does not exist or is not a readable folder")
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return
            try names
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
            .map { name in
                let path = prefix + name
                guard let data = FileManager.default.contents(atPath: path),
                    let text = String(data: data, encoding: .utf8)
                else {
                    throw LessonFolderError(message: "\(path): error: cannot read the file as UTF-8 text")
                }
                return LessonSource(path: path, text: text)
            }
    }
}

/// A lesson folder that cannot be read at all.
struct LessonFolderError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
